package org.tessera.portal.web;

import java.util.List;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tessera.identity.Actor;
import org.tessera.knowledge.KnowledgeBase;
import org.tessera.knowledge.Reader;
import org.tessera.portal.WebForms;
import org.tessera.web.Modules;

/** The portal's front page: search the knowledge base, send a request, see one's requests. */
@Controller
class PortalHome {

    private final KnowledgeBase knowledge;
    private final WebForms forms;
    private final Modules modules;

    PortalHome(KnowledgeBase knowledge, WebForms forms, Modules modules) {
        this.knowledge = knowledge;
        this.forms = forms;
        this.modules = modules;
    }

    @GetMapping({"/portal", "/portal/"})
    String home(Optional<Actor> actor, Model model) {
        Reader reader = actor.map(Reader::of).orElse(Reader.anonymous());
        boolean kb = modules.isOn("knowledge");
        model.addAttribute("signedIn", actor.isPresent());
        model.addAttribute("knowledge", kb);
        model.addAttribute("categories", kb ? knowledge.categories(reader) : List.of());
        model.addAttribute("popular", kb ? knowledge.popular(reader, LocaleContextHolder.getLocale(), 6) : List.of());
        model.addAttribute("forms", modules.isOn("forms") ? forms.listed() : List.of());
        return "portal/home";
    }
}
