package org.tessera.identity.web;

import java.util.ArrayList;
import java.util.List;
import org.tessera.identity.TeamSummary;

/** A team's name, description and the agents chosen as its members. */
class TeamForm {

    private String name = "";
    private String description = "";
    private List<Long> memberIds = new ArrayList<>();

    static TeamForm of(TeamSummary team) {
        var form = new TeamForm();
        form.name = team.name();
        form.description = team.description();
        form.memberIds = new ArrayList<>(team.memberIds());
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<Long> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(List<Long> memberIds) {
        this.memberIds = memberIds == null ? new ArrayList<>() : memberIds;
    }
}
