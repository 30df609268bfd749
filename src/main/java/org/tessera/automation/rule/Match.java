package org.tessera.automation.rule;

/** Whether every condition must hold, or one is enough. */
public enum Match {
    ALL, ANY
}
