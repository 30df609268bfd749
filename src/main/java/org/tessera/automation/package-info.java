/**
 * Rules that run the helpdesk by themselves (a trigger, conditions, ordered actions), routing (round robin, least
 * open tickets, skills), macros agents apply in one click, and the dry run that shows what a rule would do before
 * it is saved. Listens to ticket, conversation and SLA events; acts through the ticket and conversation services as
 * {@code Actor.system("Rule: <name>")}, so the ticket's history names the rule.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Automation")
package org.tessera.automation;
