/**
 * Sample data for a first look: with {@code --demo} (or TESSERA_DEMO=true) an empty helpdesk fills itself with
 * organizations, people, teams and a couple of months of tickets and conversations, all made through the other
 * modules' public services. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.tessera.demo;
