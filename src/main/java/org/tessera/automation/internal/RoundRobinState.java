package org.tessera.automation.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whose turn it is, per team (0: all agents): the agent who got the last ticket. */
@Component
public class RoundRobinState {

    private final JdbcClient jdbc;

    RoundRobinState(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> last(long teamKey) {
        return jdbc.sql("select last_agent_id from automation_round_robin where team_key = ?").param(teamKey)
                .query((rs, n) -> (Long) rs.getObject(1)).optional().flatMap(Optional::ofNullable);
    }

    /** The last agent, with the row locked until the transaction ends, so concurrent tickets take turns. */
    public Optional<Long> lockLast(long teamKey) {
        jdbc.sql("insert into automation_round_robin (team_key) values (?) on conflict do nothing").param(teamKey)
                .update();
        return jdbc.sql("select last_agent_id from automation_round_robin where team_key = ? for update")
                .param(teamKey).query((rs, n) -> (Long) rs.getObject(1)).optional().flatMap(Optional::ofNullable);
    }

    public void served(long teamKey, long agentId) {
        jdbc.sql("update automation_round_robin set last_agent_id = ? where team_key = ?").params(agentId, teamKey)
                .update();
    }
}
