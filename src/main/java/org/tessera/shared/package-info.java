/** Vocabulary every module may use: the ways a request can be refused, and Markdown shown as safe HTML. */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.tessera.shared;
