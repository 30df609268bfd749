/**
 * Who is told what, by email: the requester hears that their request arrived and every public answer, followers
 * hear the public conversation, agents who follow a ticket (and its assignee) hear its internal notes and updates,
 * and whoever is assigned a ticket hears so. The texts are templates per event and language that administrators
 * edit, with a preview. Listens to the ticket and conversation events; sends through the email module's outbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package org.tessera.notification;
