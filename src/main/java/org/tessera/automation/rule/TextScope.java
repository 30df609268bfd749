package org.tessera.automation.rule;

/** Where words are looked for: the body is the message's for message triggers, else the description. */
public enum TextScope {
    SUBJECT, BODY, SUBJECT_OR_BODY
}
