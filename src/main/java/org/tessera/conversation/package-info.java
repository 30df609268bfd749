/**
 * What is said on a ticket: public replies, internal notes and attachments (stored once by content hash).
 * Internal notes never reach a customer: every read here filters by the actor. Publishes
 * {@link org.tessera.conversation.MessageAppended}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conversation")
package org.tessera.conversation;
