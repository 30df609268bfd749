package org.tessera.knowledge.web;

import java.util.List;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.knowledge.ArticleSummary;
import org.tessera.knowledge.KnowledgeBase;
import org.tessera.knowledge.Reader;
import org.tessera.ticket.TicketDetails;
import org.tessera.ticket.TicketQueries;
import org.tessera.web.PublicAddress;

/**
 * The ticket composer's article picker: articles for the ticket's subject as soon as it opens (or for the words the
 * agent types), each marked with whether the requester will be able to open it. One click puts its link in the reply.
 */
@Controller
class ArticlePicker {

    private static final int SHOWN = 8;

    private final KnowledgeBase knowledge;
    private final TicketQueries tickets;
    private final Directory directory;
    private final PublicAddress address;

    ArticlePicker(KnowledgeBase knowledge, TicketQueries tickets, Directory directory, PublicAddress address) {
        this.knowledge = knowledge;
        this.tickets = tickets;
        this.directory = directory;
        this.address = address;
    }

    @GetMapping("/kb/picker")
    String results(@RequestParam long ticket, @RequestParam(value = "kbq", required = false) String words, Actor actor,
                   Model model) {
        TicketDetails shown = tickets.byNumber(ticket, actor);
        Reader agent = Reader.of(actor);
        boolean typed = words != null && !words.isBlank();
        List<ArticleSummary> found = typed ? knowledge.search(words, agent, SHOWN)
                : knowledge.suggest(shown.subject(), agent, SHOWN);
        boolean popular = !typed && found.isEmpty();
        if (popular) {
            found = knowledge.popular(agent, LocaleContextHolder.getLocale(), SHOWN);
        }
        Reader requester = Reader.of(directory.actor(shown.requester().id()));
        Set<Long> forRequester = knowledge.readable(found.stream().map(ArticleSummary::id).toList(), requester);
        model.addAttribute("articles", found);
        model.addAttribute("readable", forRequester);
        model.addAttribute("typed", typed);
        model.addAttribute("popular", popular);
        model.addAttribute("address", address);
        return "knowledge/picker :: results";
    }
}
