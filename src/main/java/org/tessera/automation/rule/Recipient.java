package org.tessera.automation.rule;

/** Who a rule's email goes to. */
public enum Recipient {
    REQUESTER, FOLLOWERS, ASSIGNEE, TEAM
}
