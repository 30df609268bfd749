package org.tessera.automation;

import java.util.List;
import org.tessera.automation.rule.Action;
import org.tessera.conversation.Visibility;

/** A macro: a canned response (a template) and field changes, personal (with an owner) or shared. */
public record MacroView(long id, String name, Long ownerId, String body, Visibility visibility, List<Action> actions) {

    public boolean shared() {
        return ownerId == null;
    }
}
