/**
 * The knowledge base: categories and articles written in Markdown, with drafts and published versions, an audience
 * per article (everyone, signed-in customers, chosen organizations, or the helpdesk's own people) that every list,
 * page, search and suggestion enforces in its query, full-text search ranked in English and Portuguese, and readers'
 * helpful / not helpful votes. Agents read and write it at /kb, customers read it in the portal at /portal/kb, scripts
 * at /api/v1/kb.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge base")
package org.tessera.knowledge;
