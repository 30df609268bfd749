/**
 * The shell every face shares: layout, navigation, error pages and problem details, languages. It knows the other
 * modules only through the exceptions in {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.tessera.web;
