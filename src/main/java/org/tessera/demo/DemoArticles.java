package org.tessera.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.knowledge.ArticleDraft;
import org.tessera.knowledge.ArticleSummary;
import org.tessera.knowledge.Audience;
import org.tessera.knowledge.CategoryManagement;
import org.tessera.knowledge.CategoryView;
import org.tessera.knowledge.KnowledgeBase;
import org.tessera.knowledge.KnowledgeManagement;
import org.tessera.knowledge.Reader;

/**
 * A small knowledge base for the demo's stories (passwords, VPN, printers), in English and Portuguese and for every
 * audience, so that the portal, the suggestions under a request's subject and the composer's "Insert article" have
 * something to show. Articles already there (by title) are left alone.
 */
@Component
class DemoArticles {

    static final String NORTHWIND = "Northwind Traders";

    private final KnowledgeManagement writing;
    private final CategoryManagement categories;
    private final KnowledgeBase knowledge;
    private final Directory directory;

    DemoArticles(KnowledgeManagement writing, CategoryManagement categories, KnowledgeBase knowledge,
                 Directory directory) {
        this.writing = writing;
        this.categories = categories;
        this.knowledge = knowledge;
        this.directory = directory;
    }

    private record Piece(String category, String title, Audience audience, String language, String body) {
    }

    /** Writes the articles as the cast's first agent; returns how many it wrote. */
    int write(Cast cast) {
        Actor author = directory.actor(cast.agents().get(0).id());
        Set<String> present = knowledge.all(Reader.of(author), 500).stream().map(ArticleSummary::title)
                .collect(Collectors.toSet());
        Long northwind = cast.customers().stream().filter(c -> NORTHWIND.equals(c.organization()))
                .map(DemoPerson::organizationId).findFirst().orElse(null);
        Map<String, Long> categoryIds = new HashMap<>();
        int written = 0;
        for (Piece piece : PIECES) {
            if (present.contains(piece.title())
                    || piece.audience() == Audience.ORGANIZATIONS && northwind == null) {
                continue;
            }
            long category = categoryIds.computeIfAbsent(piece.category(), name -> category(name, author));
            List<Long> organizations = piece.audience() == Audience.ORGANIZATIONS ? List.of(northwind) : List.of();
            writing.create(new ArticleDraft(piece.title(), piece.body(), piece.audience(), organizations, category,
                    piece.language()), true, author);
            written++;
        }
        return written;
    }

    private long category(String name, Actor author) {
        return categories.categories(author).stream().filter(c -> c.name().equals(name)).map(CategoryView::id)
                .findFirst().orElseGet(() -> categories.createCategory(name, "", author).id());
    }

    private static final List<Piece> PIECES = List.of(
            new Piece("Accounts and passwords", "Reset your password", Audience.PUBLIC, "en", """
                    Forgot your password, or it expired? You can choose a new one yourself.

                    1. Open the sign-in page and choose **Forgot your password?**
                    2. Type the email address of your account.
                    3. Open the link we email you (it works for 24 hours) and choose a new password.

                    A good password has at least 12 characters. After **five wrong attempts** the account locks
                    for 15 minutes: wait, or send us a request."""),
            new Piece("Accounts and passwords", "Leaving the company: what happens to an account", Audience.CUSTOMERS,
                    "en", """
                    Tell us as soon as you know someone's last day, with a request of type *Task*:

                    | when | what we do |
                    | --- | --- |
                    | on the last day, 18:00 | the account is locked and the VPN access removed |
                    | one week later | the mailbox is forwarded to the manager |
                    | 30 days later | the account and the mailbox are deleted |

                    Files on the shared drive stay where they are."""),
            new Piece("Network and VPN", "Connect to the VPN from home", Audience.PUBLIC, "en", """
                    ## Before you start

                    You need the VPN client (*Company VPN*) and your usual account.

                    ## Steps

                    1. Start **Company VPN** and choose the gateway of your office.
                    2. Sign in with your email address and password.
                    3. Approve the sign-in on your phone.

                    ## It does not connect

                    - Restart the client, then your computer.
                    - Hotel and café networks sometimes block VPNs: try your phone's hotspot.
                    - Error 809? See *VPN error 809: the connection is blocked*."""),
            new Piece("Network and VPN", "VPN error 809: the connection is blocked", Audience.CUSTOMERS, "en", """
                    Error 809 means the network you are on blocks the VPN's ports (UDP 500 and 4500).

                    Try another network first. If it happens in your own office, send us a request with the
                    output of:

                    ```
                    ipconfig /all
                    ```"""),
            new Piece("Network and VPN", "Northwind Traders: VPN gateway addresses", Audience.ORGANIZATIONS, "en", """
                    Northwind's offices have their own gateways:

                    | office | gateway |
                    | --- | --- |
                    | Head office | `vpn1.northwind.example` |
                    | Warehouse | `vpn2.northwind.example` |

                    Use the head office gateway when you travel."""),
            new Piece("Network and VPN", "Runbook: restart the VPN concentrator", Audience.INTERNAL, "en", """
                    For the Infrastructure team only.

                    1. Announce it in the team channel: every VPN session drops.
                    2. `ssh admin@vpn-core` and run `systemctl restart strongswan`.
                    3. Check that sessions come back: `swanctl --list-sas | wc -l`.
                    4. Answer the open VPN tickets with the macro *VPN restored*."""),
            new Piece("Printers and devices", "The printer prints blank pages", Audience.PUBLIC, "en", """
                    Blank pages usually mean the toner is empty or still sealed.

                    1. Open the front cover and take out the toner cartridge.
                    2. Remove the orange tape if there is one, and shake the cartridge gently.
                    3. Put it back and print a test page from the printer's menu.

                    Still blank? Send us a request with the printer's name (on the sticker at the front)."""),
            new Piece("Perguntas frequentes", "Como redefinir sua senha", Audience.PUBLIC, "pt", """
                    Esqueceu a senha ou ela expirou? Você mesmo escolhe uma nova.

                    1. Na página de entrada, escolha **Esqueceu a senha?**
                    2. Informe o email da sua conta.
                    3. Abra o link que enviamos (vale por 24 horas) e escolha a nova senha.

                    Depois de **cinco tentativas erradas** a conta fica bloqueada por 15 minutos."""),
            new Piece("Perguntas frequentes", "A internet da filial cai várias vezes por dia", Audience.PUBLIC, "pt", """
                    Quedas curtas e frequentes costumam vir do roteador da filial.

                    1. Desligue o roteador da tomada por 30 segundos e ligue de novo.
                    2. Confira se os cabos estão bem encaixados.
                    3. Se as quedas continuarem, envie uma solicitação com os horários em que a conexão caiu.""")
    );
}
