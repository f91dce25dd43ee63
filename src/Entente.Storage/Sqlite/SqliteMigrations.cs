using Entente.Storage.Schema;

namespace Entente.Storage.Sqlite;

/// <summary>
/// The SQLite schema history. Append new steps at the end; never edit a step that has shipped, since databases
/// in the field already carry it. Column names follow <see cref="StoreTables"/>. Tables are STRICT so that a
/// value of the wrong type is refused rather than silently kept.
/// </summary>
internal static class SqliteMigrations
{
    /// <summary>All steps in version order.</summary>
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "articles, sentences, mentions, events and quotes", """
            CREATE TABLE articles (
                id TEXT NOT NULL PRIMARY KEY,
                title TEXT,
                text TEXT NOT NULL,
                published_on TEXT,
                url TEXT,
                source TEXT,
                origin TEXT,
                ingested_at TEXT NOT NULL
            ) STRICT;

            CREATE TABLE sentences (
                article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
                sentence_index INTEGER NOT NULL,
                start_char INTEGER NOT NULL,
                end_char INTEGER NOT NULL,
                text TEXT NOT NULL,
                is_heading_or_list INTEGER NOT NULL CHECK (is_heading_or_list IN (0, 1)),
                PRIMARY KEY (article_id, sentence_index)
            ) STRICT;

            CREATE TABLE mentions (
                article_id TEXT NOT NULL,
                mention_index INTEGER NOT NULL,
                sentence_index INTEGER NOT NULL,
                text TEXT NOT NULL,
                start_char INTEGER NOT NULL,
                end_char INTEGER NOT NULL,
                actor_code TEXT NOT NULL,
                actor_id TEXT,
                actor_name TEXT,
                actor_country TEXT,
                actor_sector TEXT,
                actor_kind TEXT NOT NULL,
                actor_role TEXT,
                rule TEXT NOT NULL,
                PRIMARY KEY (article_id, mention_index),
                FOREIGN KEY (article_id, sentence_index) REFERENCES sentences (article_id, sentence_index) ON DELETE CASCADE
            ) STRICT;

            CREATE TABLE events (
                id TEXT NOT NULL PRIMARY KEY,
                article_id TEXT NOT NULL,
                sentence_index INTEGER NOT NULL,
                source_code TEXT NOT NULL,
                source_actor_id TEXT,
                source_name TEXT,
                source_country TEXT,
                source_sector TEXT,
                source_role TEXT,
                source_text TEXT NOT NULL,
                source_start INTEGER NOT NULL,
                source_end INTEGER NOT NULL,
                target_code TEXT,
                target_actor_id TEXT,
                target_name TEXT,
                target_country TEXT,
                target_sector TEXT,
                target_role TEXT,
                target_text TEXT,
                target_start INTEGER,
                target_end INTEGER,
                trigger_text TEXT NOT NULL,
                trigger_start INTEGER NOT NULL,
                trigger_end INTEGER NOT NULL,
                cameo TEXT NOT NULL,
                root TEXT NOT NULL,
                quad_class INTEGER NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
                goldstein REAL NOT NULL CHECK (goldstein BETWEEN -10 AND 10),
                plover_type TEXT,
                plover_mode TEXT,
                event_date TEXT,
                date_granularity TEXT NOT NULL,
                date_text TEXT,
                location_name TEXT,
                location_country TEXT,
                location_lat REAL,
                location_lon REAL,
                location_geonames_id INTEGER,
                location_precision TEXT,
                negated INTEGER NOT NULL CHECK (negated IN (0, 1)),
                modality TEXT NOT NULL,
                confidence REAL NOT NULL,
                rule TEXT NOT NULL,
                FOREIGN KEY (article_id, sentence_index) REFERENCES sentences (article_id, sentence_index) ON DELETE CASCADE
            ) STRICT;

            CREATE TABLE quotes (
                article_id TEXT NOT NULL,
                quote_index INTEGER NOT NULL,
                sentence_index INTEGER NOT NULL,
                text TEXT NOT NULL,
                start_char INTEGER NOT NULL,
                end_char INTEGER NOT NULL,
                speaker_code TEXT,
                speaker_actor_id TEXT,
                speaker_name TEXT,
                speaker_country TEXT,
                speaker_sector TEXT,
                speaker_kind TEXT,
                speaker_role TEXT,
                rule TEXT,
                PRIMARY KEY (article_id, quote_index),
                FOREIGN KEY (article_id, sentence_index) REFERENCES sentences (article_id, sentence_index) ON DELETE CASCADE
            ) STRICT;
            """),
        new(2, "indexes for event, actor, quote and article queries", """
            CREATE INDEX events_by_date ON events (event_date);
            CREATE INDEX events_by_source_code ON events (source_code);
            CREATE INDEX events_by_target_code ON events (target_code);
            CREATE INDEX events_by_root ON events (root);
            CREATE INDEX events_by_cameo ON events (cameo);
            CREATE INDEX events_by_article ON events (article_id, sentence_index);
            CREATE INDEX mentions_by_actor_code ON mentions (actor_code);
            CREATE INDEX quotes_by_speaker_code ON quotes (speaker_code);
            CREATE INDEX articles_by_published_on ON articles (published_on);
            """),
    ];
}
