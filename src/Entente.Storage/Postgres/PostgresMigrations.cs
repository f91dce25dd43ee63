using Entente.Storage.Schema;

namespace Entente.Storage.Postgres;

/// <summary>
/// The PostgreSQL schema history. Append new steps at the end; never edit a step that has shipped. Column names
/// follow <see cref="StoreTables"/>, and the columns that are compared or sorted use the "C" collation so that
/// codes and names order by code point exactly as in SQLite, whatever the locale the database was created with.
/// Dates are real date and timestamptz columns, so analysts can query them with date arithmetic.
/// </summary>
internal static class PostgresMigrations
{
    /// <summary>The step that adds event clusters; events stored before it are clustered when the store opens.</summary>
    public const int ClustersVersion = 4;

    /// <summary>All steps in version order.</summary>
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "articles, sentences, mentions, events and quotes", """
            CREATE TABLE articles (
                id text COLLATE "C" NOT NULL PRIMARY KEY,
                title text,
                text text NOT NULL,
                published_on date,
                url text,
                source text COLLATE "C",
                origin text,
                ingested_at timestamptz NOT NULL
            );

            CREATE TABLE sentences (
                article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
                sentence_index integer NOT NULL,
                start_char integer NOT NULL,
                end_char integer NOT NULL,
                text text NOT NULL,
                is_heading_or_list boolean NOT NULL,
                PRIMARY KEY (article_id, sentence_index)
            );

            CREATE TABLE mentions (
                article_id text COLLATE "C" NOT NULL,
                mention_index integer NOT NULL,
                sentence_index integer NOT NULL,
                text text NOT NULL,
                start_char integer NOT NULL,
                end_char integer NOT NULL,
                actor_code text COLLATE "C" NOT NULL,
                actor_id text COLLATE "C",
                actor_name text COLLATE "C",
                actor_country text COLLATE "C",
                actor_sector text COLLATE "C",
                actor_kind text COLLATE "C" NOT NULL,
                actor_role text,
                rule text NOT NULL,
                PRIMARY KEY (article_id, mention_index),
                FOREIGN KEY (article_id, sentence_index) REFERENCES sentences (article_id, sentence_index) ON DELETE CASCADE
            );

            CREATE TABLE events (
                id text COLLATE "C" NOT NULL PRIMARY KEY,
                article_id text COLLATE "C" NOT NULL,
                sentence_index integer NOT NULL,
                source_code text COLLATE "C" NOT NULL,
                source_actor_id text COLLATE "C",
                source_name text COLLATE "C",
                source_country text COLLATE "C",
                source_sector text COLLATE "C",
                source_role text,
                source_text text NOT NULL,
                source_start integer NOT NULL,
                source_end integer NOT NULL,
                target_code text COLLATE "C",
                target_actor_id text COLLATE "C",
                target_name text COLLATE "C",
                target_country text COLLATE "C",
                target_sector text COLLATE "C",
                target_role text,
                target_text text,
                target_start integer,
                target_end integer,
                trigger_text text NOT NULL,
                trigger_start integer NOT NULL,
                trigger_end integer NOT NULL,
                cameo text COLLATE "C" NOT NULL,
                root text COLLATE "C" NOT NULL,
                quad_class integer NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
                goldstein double precision NOT NULL CHECK (goldstein BETWEEN -10 AND 10),
                plover_type text COLLATE "C",
                plover_mode text COLLATE "C",
                event_date date,
                date_granularity text COLLATE "C" NOT NULL,
                date_text text,
                location_name text,
                location_country text COLLATE "C",
                location_lat double precision,
                location_lon double precision,
                location_geonames_id bigint,
                location_precision text,
                negated boolean NOT NULL,
                modality text COLLATE "C" NOT NULL,
                confidence double precision NOT NULL,
                rule text NOT NULL,
                FOREIGN KEY (article_id, sentence_index) REFERENCES sentences (article_id, sentence_index) ON DELETE CASCADE
            );

            CREATE TABLE quotes (
                article_id text COLLATE "C" NOT NULL,
                quote_index integer NOT NULL,
                sentence_index integer NOT NULL,
                text text NOT NULL,
                start_char integer NOT NULL,
                end_char integer NOT NULL,
                speaker_code text COLLATE "C",
                speaker_actor_id text COLLATE "C",
                speaker_name text COLLATE "C",
                speaker_country text COLLATE "C",
                speaker_sector text COLLATE "C",
                speaker_kind text COLLATE "C",
                speaker_role text,
                rule text,
                PRIMARY KEY (article_id, quote_index),
                FOREIGN KEY (article_id, sentence_index) REFERENCES sentences (article_id, sentence_index) ON DELETE CASCADE
            );
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
        new(3, "ingest queue shared by concurrent workers", """
            CREATE TABLE ingest_queue (
                article_id text COLLATE "C" NOT NULL PRIMARY KEY,
                title text,
                text text NOT NULL,
                published_on date,
                url text,
                source text,
                origin text,
                enqueued_at timestamptz NOT NULL DEFAULT clock_timestamp(),
                claimed_by text,
                claimed_at timestamptz,
                lease_until timestamptz,
                attempts integer NOT NULL DEFAULT 0
            );

            CREATE INDEX ingest_queue_by_age ON ingest_queue (enqueued_at, article_id);
            """),
        new(4, "event clusters: reports of one event from any article", """
            CREATE TABLE event_clusters (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                cluster_key text COLLATE "C" NOT NULL,
                source_key text COLLATE "C" NOT NULL,
                target_key text COLLATE "C" NOT NULL,
                root text COLLATE "C" NOT NULL,
                quad_class integer NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
                goldstein double precision NOT NULL,
                event_date date,
                place text COLLATE "C",
                factual boolean NOT NULL,
                head_event_id text COLLATE "C" NOT NULL,
                num_events integer NOT NULL,
                num_articles integer NOT NULL,
                num_sources integer NOT NULL
            );

            CREATE INDEX event_clusters_by_key ON event_clusters (cluster_key, event_date);
            CREATE INDEX event_clusters_by_dyad ON event_clusters (source_key, target_key, event_date, quad_class, goldstein, num_events, id)
                WHERE factual;
            CREATE INDEX event_clusters_by_date ON event_clusters (event_date)
                WHERE factual;

            ALTER TABLE events ADD COLUMN cluster_id bigint REFERENCES event_clusters (id);
            CREATE INDEX events_by_cluster ON events (cluster_id);
            """),
        new(5, "full-text index over sentences", """
            ALTER TABLE sentences ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;
            CREATE INDEX sentences_by_search ON sentences USING gin (search);
            """),
        new(6, "an event index that serves a dyad filter and a date window together", """
            CREATE INDEX events_by_dyad_date ON events (source_code, target_code, event_date);
            """),
        new(7, "dyad days: the dyad timeline per day and quad class, kept up to date on write", $"""
            CREATE TABLE dyad_days (
                source_key text COLLATE "C" NOT NULL,
                target_key text COLLATE "C" NOT NULL,
                event_date date NOT NULL,
                quad_class integer NOT NULL,
                events integer NOT NULL,
                reports integer NOT NULL,
                goldstein_sum double precision NOT NULL,
                cluster_ids text NOT NULL,
                PRIMARY KEY (source_key, target_key, event_date, quad_class)
            );

            {DyadDaysSql.PostgresRebuild}
            """),
    ];
}
