package org.tessera.identity.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tessera.identity.Actor;
import org.tessera.identity.Directory;
import org.tessera.identity.TeamManagement;
import org.tessera.identity.TeamSummary;
import org.tessera.identity.UserSummary;
import org.tessera.shared.Conflict;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.NotFound;

/** The administrator's pages for teams of agents. */
@Controller
@RequestMapping("/admin/teams")
class AdminTeamsController {

    private final TeamManagement teams;
    private final Directory directory;

    AdminTeamsController(TeamManagement teams, Directory directory) {
        this.teams = teams;
        this.directory = directory;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("teams", directory.teams().stream()
                .sorted(Comparator.comparing(TeamSummary::name, String.CASE_INSENSITIVE_ORDER)).toList());
        return "identity/teams";
    }

    @GetMapping("/new")
    String newTeam(Model model) {
        var form = new TeamForm();
        model.addAttribute("teamForm", form);
        return formPage(null, form, model);
    }

    @PostMapping
    String create(@ModelAttribute TeamForm teamForm, BindingResult errors, Actor actor, Model model,
                  RedirectAttributes flash) {
        try {
            TeamSummary created = teams.create(teamForm.getName(), teamForm.getDescription(),
                    teamForm.getMemberIds(), actor);
            flash.addFlashAttribute("notice", "teams.created");
            flash.addFlashAttribute("noticeArg", created.name());
            return "redirect:/admin/teams";
        } catch (InvalidInput | Conflict refused) {
            FormErrors.reject(errors, refused, "teams");
            return formPage(null, teamForm, model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        TeamSummary team = team(id);
        var form = TeamForm.of(team);
        model.addAttribute("teamForm", form);
        return formPage(team, form, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute TeamForm teamForm, BindingResult errors, Actor actor,
                  Model model, RedirectAttributes flash) {
        try {
            TeamSummary saved = teams.update(id, teamForm.getName(), teamForm.getDescription(),
                    teamForm.getMemberIds(), actor);
            flash.addFlashAttribute("notice", "teams.saved");
            flash.addFlashAttribute("noticeArg", saved.name());
            return "redirect:/admin/teams/" + id;
        } catch (InvalidInput | Conflict refused) {
            FormErrors.reject(errors, refused, "teams");
            return formPage(team(id), teamForm, model);
        }
    }

    /**
     * The people to choose from: every active agent and administrator, plus whoever is a member already (someone
     * deactivated stays visible, so that unticking them is possible).
     */
    private String formPage(TeamSummary team, TeamForm form, Model model) {
        Map<Long, UserSummary> candidates = Stream.concat(directory.agents().stream(),
                        directory.users(form.getMemberIds()).values().stream())
                .collect(Collectors.toMap(UserSummary::id, Function.identity(), (a, b) -> a));
        List<UserSummary> sorted = candidates.values().stream()
                .sorted(Comparator.comparing(UserSummary::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
        model.addAttribute("team", team);
        model.addAttribute("candidates", sorted);
        return "identity/team";
    }

    private TeamSummary team(long id) {
        return directory.team(id).orElseThrow(() -> new NotFound("Team " + id));
    }
}
