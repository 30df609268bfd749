package org.tessera.demo;

import static org.tessera.demo.Language.EN;
import static org.tessera.demo.Language.PT;

import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.NewUser;
import org.tessera.identity.OrganizationManagement;
import org.tessera.identity.OrganizationSummary;
import org.tessera.identity.Role;
import org.tessera.identity.TeamManagement;
import org.tessera.identity.TeamSummary;
import org.tessera.identity.UserManagement;
import org.tessera.identity.UserSummary;

/**
 * The organizations, customers, agents, teams and collaborators of the demo. Anyone already there (by email or
 * name) is reused rather than duplicated, and keeps their password, so enlisting twice is harmless. Every address
 * is under the reserved {@code .example} top-level domain: nothing the helpdesk sends to them can reach a real
 * mailbox.
 */
@Component
class DemoPeople {

    static final String PASSWORD = "tessera-demo";
    private static final String STAFF_DOMAIN = "helpdesk.example";
    private static final String PRIVATE_DOMAIN = "mail.example";

    private record Someone(String name, Language language) {
    }

    private record Company(String name, String domain, boolean sharesTickets, List<Someone> staff) {
    }

    private record Crew(String name, String description, List<Someone> agents) {
    }

    private static final List<Company> ORGANIZATIONS = List.of(
            new Company("Padaria Boa Vista", "padariaboavista.example", true, pt("Carlos Silva", "Fernanda Lima",
                    "Beatriz Santos", "Rodrigo Ferreira", "Juliana Rocha", "Marcos Ribeiro")),
            new Company("Construtora Horizonte", "horizonte.example", false, pt("Patrícia Gomes", "Thiago Martins",
                    "Camila Barbosa", "Felipe Cardoso", "Larissa Teixeira")),
            new Company("Clínica Santa Luzia", "santaluzia.example", true, pt("Renata Moreira", "Gustavo Nunes",
                    "Aline Correia", "Bruno Carvalho")),
            new Company("Northwind Traders", "northwind.example", true, en("Michael Turner", "Jessica Howard",
                    "David Clarke", "Laura Bennett", "Chris Walker")),
            new Company("Bluebird Logistics", "bluebird.example", false, en("Olivia Parker", "James Wright",
                    "Hannah Cooper", "Ryan Foster")),
            new Company("Greenfield Academy", "greenfield.example", false, en("Sophie Adams", "Matthew Hill",
                    "Rachel Evans")));

    private static final List<Someone> UNAFFILIATED = List.of(new Someone("Carla Mendes", PT),
            new Someone("Paulo Henrique Dias", PT), new Someone("Kevin O'Brien", EN), new Someone("Amanda Reyes", EN));

    private static final List<Crew> TEAMS = List.of(
            new Crew("First line", "Takes every new request: accounts, devices, how-to questions",
                    List.of(new Someone("Ana Souza", PT), new Someone("Emily Carter", EN),
                            new Someone("Lucas Oliveira", PT), new Someone("Mariana Costa", PT))),
            new Crew("Billing", "Invoices, payments, plans and contracts",
                    List.of(new Someone("João Pereira", PT), new Someone("Sarah Mitchell", EN))),
            new Crew("Infrastructure", "Networks, servers, email, VPN and backups",
                    List.of(new Someone("Rafael Almeida", PT), new Someone("Daniel Brooks", EN))));

    private static final List<Someone> COLLABORATORS = List.of(new Someone("Gabriel Moura", PT),
            new Someone("Grace Thompson", EN));

    private final UserManagement users;
    private final OrganizationManagement organizations;
    private final TeamManagement teams;
    private final Directory directory;
    private final PasswordEncoder passwords;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    DemoPeople(UserManagement users, OrganizationManagement organizations, TeamManagement teams,
               Directory directory, PasswordEncoder passwords, JdbcTemplate jdbc, EntityManager entityManager) {
        this.users = users;
        this.organizations = organizations;
        this.teams = teams;
        this.directory = directory;
        this.passwords = passwords;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    Cast enlist() {
        var registered = new ArrayList<Long>();
        var customers = new ArrayList<DemoPerson>();
        for (Company company : ORGANIZATIONS) {
            long organizationId = organization(company);
            company.staff().forEach(s -> customers.add(
                    person(s, company.domain(), Role.CUSTOMER, organizationId, company.name(), registered)));
        }
        UNAFFILIATED.forEach(s -> customers.add(person(s, PRIVATE_DOMAIN, Role.CUSTOMER, null, null, registered)));
        var agentsByTeam = new LinkedHashMap<String, List<DemoPerson>>();
        var teamIds = new LinkedHashMap<String, Long>();
        for (Crew crew : TEAMS) {
            var agents = crew.agents().stream()
                    .map(s -> person(s, STAFF_DOMAIN, Role.AGENT, null, null, registered)).toList();
            agentsByTeam.put(crew.name(), agents);
            teamIds.put(crew.name(), team(crew, agents));
        }
        var collaborators = COLLABORATORS.stream()
                .map(s -> person(s, STAFF_DOMAIN, Role.COLLABORATOR, null, null, registered)).toList();
        giveDemoPassword(registered);
        return new Cast(ORGANIZATIONS.size(), List.copyOf(customers), collaborators, agentsByTeam, teamIds);
    }

    /**
     * Registering with a password hashes it, on purpose slowly (bcrypt): 41 times would be most of the seeding's
     * time. So people are registered without one, and then all get the same hash of the one demo password.
     */
    private void giveDemoPassword(List<Long> userIds) {
        String hash = passwords.encode(PASSWORD);
        // Written past the persistence context, which must neither hold pending changes nor stale copies of them.
        entityManager.flush();
        entityManager.clear();
        jdbc.batchUpdate("update identity_user set password_hash = ? where id = ?",
                userIds.stream().map(id -> new Object[] {hash, id}).toList());
    }

    private long organization(Company company) {
        return directory.organizations().stream().filter(o -> o.name().equalsIgnoreCase(company.name()))
                .findFirst().map(OrganizationSummary::id)
                .orElseGet(() -> organizations.create(company.name(), List.of(company.domain()),
                        company.sharesTickets(), Actor.system()).id());
    }

    private long team(Crew crew, List<DemoPerson> agents) {
        return directory.teams().stream().filter(t -> t.name().equalsIgnoreCase(crew.name()))
                .findFirst().map(TeamSummary::id)
                .orElseGet(() -> teams.create(crew.name(), crew.description(),
                        agents.stream().map(DemoPerson::id).toList(), Actor.system()).id());
    }

    private DemoPerson person(Someone someone, String domain, Role role, Long organizationId, String organization,
                              List<Long> registered) {
        String email = emailOf(someone.name(), domain);
        long id = directory.userByEmail(email).map(UserSummary::id).orElseGet(() -> {
            long created = users.register(new NewUser(email, someone.name(), role, organizationId, null),
                    Actor.system()).id();
            users.preferLocale(created, someone.language().locale());
            registered.add(created);
            return created;
        });
        return new DemoPerson(id, someone.name(), email, someone.language(), organizationId, organization);
    }

    /** "João Pereira" -> joao.pereira@domain; "Kevin O'Brien" -> kevin.obrien@domain. */
    static String emailOf(String name, String domain) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").trim().replaceAll("\\s+", ".") + "@" + domain;
    }

    private static List<Someone> pt(String... names) {
        return Arrays.stream(names).map(n -> new Someone(n, PT)).toList();
    }

    private static List<Someone> en(String... names) {
        return Arrays.stream(names).map(n -> new Someone(n, EN)).toList();
    }
}
