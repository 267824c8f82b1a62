/**
 * News where it lives: HTML pages (files or URLs), WARC archives, RSS/Atom feeds, and near-duplicate
 * grouping of wire copies. Everything here turns outside bytes into {@link parley.model.Article}s or clear
 * problems; nothing here codes events or writes the store. See docs/sources.md.
 */
package parley.source;
