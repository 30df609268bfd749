/**
 * The agent workspace: the views panel, ticket lists, the ticket page with its conversation, and the new-ticket
 * form. It composes the ticket and conversation modules for people who work tickets all day.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agent workspace")
package org.tessera.workspace;
