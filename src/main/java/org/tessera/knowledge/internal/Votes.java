package org.tessera.knowledge.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Helpful / not helpful, one vote per reader and article (a second vote replaces the first), counted on the article. */
@Component
public class Votes {

    private final JdbcTemplate jdbc;

    Votes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void cast(long articleId, String voter, boolean helpful) {
        jdbc.update("""
                insert into knowledge_vote (article_id, voter, helpful) values (?, ?, ?)
                on conflict (article_id, voter) do update set helpful = excluded.helpful, voted_at = now()""",
                articleId, voter, helpful);
        jdbc.update("""
                update knowledge_article set
                    helpful = (select count(*) from knowledge_vote v where v.article_id = ? and v.helpful),
                    not_helpful = (select count(*) from knowledge_vote v where v.article_id = ? and not v.helpful)
                where id = ?""", articleId, articleId, articleId);
    }

    /** The reader's vote on the article: true helpful, false not, null none. */
    public Boolean of(long articleId, String voter) {
        return jdbc.query("select helpful from knowledge_vote where article_id = ? and voter = ?",
                rs -> rs.next() ? rs.getBoolean(1) : null, articleId, voter);
    }
}
