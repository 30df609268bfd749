package org.tessera.automation.rule;

/** How a priority compares; a higher priority has the smaller number (P1 is the highest). */
public enum Comparison {
    IS, IS_NOT, HIGHER_THAN, LOWER_THAN;

    public boolean holds(int actual, int wanted) {
        return switch (this) {
            case IS -> actual == wanted;
            case IS_NOT -> actual != wanted;
            case HIGHER_THAN -> actual < wanted;
            case LOWER_THAN -> actual > wanted;
        };
    }
}
