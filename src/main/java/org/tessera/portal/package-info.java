/**
 * The customer portal and web forms: customers sign up and sign in (password, or a one-time link by email), follow
 * their requests and their organization's, reply, mark resolved or reopen, and rate the help they got; administrators
 * build forms per ticket type, reachable in the portal, at their own address and embedded in other websites.
 * Depends on identity, ticket, conversation, knowledge and web; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package org.tessera.portal;
