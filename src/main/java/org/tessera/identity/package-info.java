/**
 * Who is who: users with their role, organizations of customers, teams of agents, sign-in, API tokens and locale.
 * Every other module learns about people through {@link org.tessera.identity.Directory} and acts on behalf of an
 * {@link org.tessera.identity.Actor}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.tessera.identity;
