/** How Tessera runs: its database (embedded or external), its data folder, job scheduling, and the in-memory snapshots of configuration that other modules read on every event. */
@org.springframework.modulith.ApplicationModule(displayName = "Runtime")
package org.tessera.runtime;
