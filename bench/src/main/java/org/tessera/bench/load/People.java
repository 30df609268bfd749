package org.tessera.bench.load;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.tessera.bench.text.Texts;
import org.tessera.bench.text.Vocabulary;

/**
 * The helpdesk's people: organizations and their customers, agents in teams, a few collaborators. Everyone signs
 * in with {@link #PASSWORD}; agents are agent1@helpdesk.example, agent2@... so the driver can find them.
 */
final class People {

    static final String PASSWORD = "bench-password";
    /** {@link #PASSWORD} as Spring's DelegatingPasswordEncoder stores it (bcrypt, strength 10), computed once. */
    static final String PASSWORD_HASH = "{bcrypt}$2a$10$3xKasiuOiCsZH78EnkgRXubPewdKgFPkrOETL6kb9tyqL.pLroGsa";
    static final String AGENT_DOMAIN = "helpdesk.example";

    private static final List<String> EN_COMPANIES = List.of("Northwind", "Contoso", "Globex", "Initech", "Umbrella",
            "Vandelay", "Hooli", "Wonka", "Cyberdyne", "Tyrell", "Oceanic", "Aperture", "Stark", "Wayne", "Acme",
            "Soylent", "Dunder", "Pinnacle", "Bluebird", "Redwood");
    private static final List<String> EN_SECTORS = List.of("Logistics", "Foods", "Health", "Bank", "Retail", "Energy",
            "Insurance", "Telecom", "Motors", "Pharma", "Media", "Travel", "Labs", "Construction");
    private static final List<String> PT_COMPANIES = List.of("Atlântico", "Ibérica", "Paulista", "Carioca", "Lusitana",
            "Mineira", "Nordeste", "Tejo", "Douro", "Minho", "Serra", "Cerrado");
    private static final List<String> PT_SECTORS = List.of("Logística", "Alimentos", "Saúde", "Banco", "Varejo",
            "Energia", "Seguros", "Telecom", "Motores", "Farmacêutica", "Comunicação", "Viagens", "Laboratórios",
            "Construções");
    private static final List<String> TEAMS = List.of("First line", "Second line", "Billing", "Infrastructure",
            "Field service", "Applications", "Network", "Onboarding", "Security", "Logistics desk", "Key accounts",
            "Portuguese desk");

    final long[] customerIds;
    final long[] customerOrganization; // 0: none
    final boolean[] customerPortuguese;
    final String[] customerNames;
    final long[] agentIds;
    final String[] agentNames;
    final long[] collaboratorIds;
    final String[] collaboratorNames;
    final long[] teamIds;
    final long[][] teamMembers;
    private long rows;

    private People(Sizes sizes) {
        customerIds = new long[sizes.customers()];
        customerOrganization = new long[sizes.customers()];
        customerPortuguese = new boolean[sizes.customers()];
        customerNames = new String[sizes.customers()];
        agentIds = new long[sizes.agents()];
        agentNames = new String[sizes.agents()];
        collaboratorIds = new long[sizes.collaborators()];
        collaboratorNames = new String[sizes.collaborators()];
        teamIds = new long[sizes.teams()];
        teamMembers = new long[sizes.teams()][];
    }

    /** Writes everyone in one transaction on {@code c} and returns who they are. */
    static People create(Connection c, Sizes sizes, long seed, long joined) throws SQLException, IOException {
        var people = new People(sizes);
        var random = new SplittableRandom(seed);
        long orgId = Schema.nextId(c, "identity_organization");
        long userId = Schema.nextId(c, "identity_user");
        long teamId = Schema.nextId(c, "identity_team");

        var organizations = new CopyRows("identity_organization", "id, name, domains, shares_tickets, created_at", 1 << 16);
        int n = sizes.organizations();
        long[] orgIds = new long[n];
        boolean[] orgPortuguese = new boolean[n];
        String[] orgDomains = new String[n];
        for (int i = 0; i < n; i++) {
            orgPortuguese[i] = random.nextInt(10) < 3;
            String name = organizationName(i, orgPortuguese[i]);
            orgIds[i] = orgId + i;
            orgDomains[i] = slug(name) + ".example";
            organizations.add(orgIds[i]).add(name).addArray(List.of(orgDomains[i])).add(random.nextInt(4) == 0)
                    .addTime(joined - random.nextInt(365) * 86_400L).end();
        }

        var users = new CopyRows("identity_user",
                "id, email, name, role, organization_id, password_hash, locale, active, created_at", 1 << 20);
        for (int i = 0; i < people.agentIds.length; i++) {
            boolean pt = random.nextInt(10) < 3;
            people.agentIds[i] = userId++;
            people.agentNames[i] = personName(pt, random);
            user(users, people.agentIds[i], "agent" + (i + 1) + "@" + AGENT_DOMAIN, people.agentNames[i], "AGENT",
                    null, pt, joined);
        }
        for (int i = 0; i < people.collaboratorIds.length; i++) {
            boolean pt = random.nextInt(10) < 3;
            people.collaboratorIds[i] = userId++;
            people.collaboratorNames[i] = personName(pt, random);
            user(users, people.collaboratorIds[i], "colleague" + (i + 1) + "@" + AGENT_DOMAIN,
                    people.collaboratorNames[i], "COLLABORATOR", null, pt, joined);
        }
        for (int i = 0; i < people.customerIds.length; i++) {
            // A few organizations are large: the weight of organization k falls off as 1/(k+1).
            int org = random.nextInt(100) < 85 ? (int) Math.min(n - 1, Math.floor(Math.pow(n + 1, random.nextDouble())) - 1) : -1;
            boolean pt = org >= 0 ? orgPortuguese[org] : random.nextInt(10) < 3;
            String name = personName(pt, random);
            people.customerIds[i] = userId++;
            people.customerOrganization[i] = org >= 0 ? orgIds[org] : 0;
            people.customerPortuguese[i] = pt;
            people.customerNames[i] = name;
            String domain = org >= 0 ? orgDomains[org] : (pt ? "correio.example" : "mail.example");
            user(users, people.customerIds[i], slug(name).replace('-', '.') + "." + (i + 1) + "@" + domain, name,
                    "CUSTOMER", org >= 0 ? orgIds[org] : null, pt, joined - random.nextInt(365) * 86_400L);
        }

        var teams = new CopyRows("identity_team", "id, name, description, created_at", 1 << 12);
        var members = new CopyRows("identity_team_member", "team_id, user_id", 1 << 14);
        var memberLists = new ArrayList<List<Long>>();
        for (int t = 0; t < people.teamIds.length; t++) {
            people.teamIds[t] = teamId + t;
            teams.add(people.teamIds[t]).add(TEAMS.get(t % TEAMS.size())).add("").addTime(joined).end();
            memberLists.add(new ArrayList<>());
        }
        for (int i = 0; i < people.agentIds.length; i++) {
            int primary = i % people.teamIds.length;
            memberLists.get(primary).add(people.agentIds[i]);
            int second = random.nextInt(people.teamIds.length);
            if (random.nextInt(5) == 0 && second != primary) {
                memberLists.get(second).add(people.agentIds[i]);
            }
        }
        for (int t = 0; t < people.teamIds.length; t++) {
            people.teamMembers[t] = memberLists.get(t).stream().mapToLong(Long::longValue).toArray();
            for (long member : people.teamMembers[t]) {
                members.add(people.teamIds[t]).add(member).end();
            }
        }
        for (CopyRows rows : List.of(organizations, users, teams, members)) {
            people.rows += rows.copyInto(c);
        }
        return people;
    }

    long rows() {
        return rows;
    }

    String agentName(long agentId) {
        return agentNames[(int) (agentId - agentIds[0])];
    }

    private static void user(CopyRows users, long id, String email, String name, String role, Long organization,
                             boolean pt, long createdAt) {
        users.add(id).add(email).add(name).add(role).add(organization).add(PASSWORD_HASH).add(pt ? "pt" : "en")
                .add(true).addTime(createdAt).end();
    }

    private static String organizationName(int i, boolean pt) {
        List<String> companies = pt ? PT_COMPANIES : EN_COMPANIES;
        List<String> sectors = pt ? PT_SECTORS : EN_SECTORS;
        String name = companies.get(i % companies.size()) + " " + sectors.get((i / companies.size()) % sectors.size());
        // Names must be unique: the number keeps them so across both languages and past the combinations.
        return name + " " + (i + 1);
    }

    private static String personName(boolean pt, SplittableRandom random) {
        Vocabulary v = Texts.of(pt);
        return Texts.pick(v.firstNames(), random) + " " + Texts.pick(v.lastNames(), random);
    }

    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
