/** How Tessera runs: its database (embedded or external) and its data folder. Nothing depends on it. */
@org.springframework.modulith.ApplicationModule(displayName = "Runtime")
package org.tessera.runtime;
