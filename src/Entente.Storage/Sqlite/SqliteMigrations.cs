using Entente.Storage.Schema;

namespace Entente.Storage.Sqlite;

/// <summary>
/// The SQLite schema history. Append new steps at the end; never edit a step that has shipped, since databases
/// in the field already carry it. Column names follow <see cref="StoreTables"/>. Tables are STRICT so that a
/// value of the wrong type is refused rather than silently kept.
/// </summary>
internal static class SqliteMigrations
{
    /// <summary>The step that adds event clusters; events stored before it are clustered when the store opens.</summary>
    public const int ClustersVersion = 3;

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
        new(3, "event clusters: reports of one event from any article", """
            CREATE TABLE event_clusters (
                id INTEGER NOT NULL PRIMARY KEY,
                cluster_key TEXT NOT NULL,
                source_key TEXT NOT NULL,
                target_key TEXT NOT NULL,
                root TEXT NOT NULL,
                quad_class INTEGER NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
                goldstein REAL NOT NULL,
                event_date TEXT,
                place TEXT,
                factual INTEGER NOT NULL CHECK (factual IN (0, 1)),
                head_event_id TEXT NOT NULL,
                num_events INTEGER NOT NULL,
                num_articles INTEGER NOT NULL,
                num_sources INTEGER NOT NULL
            ) STRICT;

            -- The lookup of clusters an incoming report may join.
            CREATE INDEX event_clusters_by_key ON event_clusters (cluster_key, event_date);

            -- Dyad timelines: a covering index, so the per-day GROUP BY never touches the table.
            CREATE INDEX event_clusters_by_dyad ON event_clusters (source_key, target_key, event_date, quad_class, goldstein, num_events, id)
                WHERE factual = 1;
            CREATE INDEX event_clusters_by_date ON event_clusters (event_date)
                WHERE factual = 1;

            ALTER TABLE events ADD COLUMN cluster_id INTEGER REFERENCES event_clusters (id);
            CREATE INDEX events_by_cluster ON events (cluster_id);
            """),
        new(4, "full-text index over sentences", """
            CREATE VIRTUAL TABLE sentences_fts USING fts5 (text, content = 'sentences', content_rowid = 'rowid', tokenize = 'porter unicode61');
            INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild');

            CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
                INSERT INTO sentences_fts (rowid, text) VALUES (new.rowid, new.text);
            END;
            CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
                INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
            END;
            CREATE TRIGGER sentences_fts_update AFTER UPDATE ON sentences BEGIN
                INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
                INSERT INTO sentences_fts (rowid, text) VALUES (new.rowid, new.text);
            END;
            """),
        new(5, "an event index that serves a dyad filter and a date window together", """
            -- Without it a dyad query with a date window over millions of events reads every report of the dyad.
            CREATE INDEX events_by_dyad_date ON events (source_code, target_code, event_date);
            """),
        new(6, "dyad days: the dyad timeline per day and quad class, kept up to date on write", $"""
            -- A dyad's whole-history timeline read the covering index row by row, one row per cluster (a hundred
            -- thousand for a busy dyad at 10M events); this table holds one row per day and quad class instead.
            CREATE TABLE dyad_days (
                source_key TEXT NOT NULL,
                target_key TEXT NOT NULL,
                event_date TEXT NOT NULL,
                quad_class INTEGER NOT NULL,
                events INTEGER NOT NULL,
                reports INTEGER NOT NULL,
                goldstein_sum REAL NOT NULL,
                cluster_ids TEXT NOT NULL,
                PRIMARY KEY (source_key, target_key, event_date, quad_class)
            ) STRICT, WITHOUT ROWID;

            {DyadDaysSql.SqliteRebuild}
            """),
    ];
}
