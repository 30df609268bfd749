package org.tessera.identity.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What agents are good at ("billing", "linux", "pt"): lowercase words, matched by skills-based routing. */
@Component
public class Skills {

    private final JdbcClient jdbc;

    Skills(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, Set<String>> of(Collection<Long> userIds) {
        var skills = new HashMap<Long, Set<String>>();
        if (userIds.isEmpty()) {
            return skills;
        }
        jdbc.sql("select user_id, skill from identity_user_skill where user_id in (:ids)").param("ids", userIds)
                .query((rs, row) -> {
                    skills.computeIfAbsent(rs.getLong(1), id -> new TreeSet<>()).add(rs.getString(2));
                    return null;
                }).list();
        return skills;
    }

    public void replace(long userId, List<String> skills) {
        jdbc.sql("delete from identity_user_skill where user_id = ?").param(userId).update();
        for (String skill : skills) {
            jdbc.sql("insert into identity_user_skill (user_id, skill) values (?, ?)").params(userId, skill).update();
        }
    }
}
