using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Qte.Experiments.Events;

/// <summary>
/// The experiments' events in one SQLite file in the environment's state folder. Exposures and conversions are kept
/// once per user and experiment (a repeat is ignored), requests are counted. WAL mode lets both slots of an
/// environment write while an analysis reads. The store never deletes or recreates a file it cannot read.
/// </summary>
public sealed class EventStore : IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS events (
            experiment TEXT NOT NULL,
            user_id    TEXT NOT NULL,
            kind       TEXT NOT NULL,
            variant    TEXT NOT NULL,
            count      INTEGER NOT NULL,
            first_at   TEXT NOT NULL,
            last_at    TEXT NOT NULL,
            PRIMARY KEY (experiment, user_id, kind)
        ) WITHOUT ROWID;
        """;

    private const string Insert = """
        INSERT INTO events (experiment, user_id, kind, variant, count, first_at, last_at)
        VALUES ($experiment, $user, $kind, $variant, 1, $at, $at)
        ON CONFLICT (experiment, user_id, kind) DO UPDATE
        SET count = count + 1, last_at = excluded.last_at
        WHERE excluded.kind = 'request';
        """;

    private readonly SqliteConnection _connection;

    private EventStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    public string Path { get; }

    /// <summary>Opens the store for recording, creating the file and its table when there is none.</summary>
    /// <exception cref="EventStoreException">The file is locked, corrupt or not a database.</exception>
    public static EventStore OpenForWriting(string path, TimeSpan busyTimeout)
    {
        ArgumentNullException.ThrowIfNull(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        return Open(path, SqliteOpenMode.ReadWriteCreate, busyTimeout, store =>
        {
            store.Execute("PRAGMA journal_mode=WAL;");
            store.Execute("PRAGMA synchronous=NORMAL;");
            store.Execute(Schema);
        });
    }

    /// <summary>Opens an existing store to read; a missing file is an error, never created.</summary>
    /// <exception cref="EventStoreException">The file is missing, locked, corrupt or not a database.</exception>
    public static EventStore OpenForReading(string path, TimeSpan busyTimeout)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new EventStoreException($"{path}: the events database does not exist. Publish the experiment to the environment and let it serve users first.");
        }

        return Open(path, SqliteOpenMode.ReadWrite, busyTimeout, store =>
        {
            using var check = store._connection.CreateCommand();
            check.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'events';";
            if (Convert.ToInt64(check.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
            {
                throw new EventStoreException($"{path}: is a SQLite database without an events table; it is not an events database.");
            }
        });
    }

    /// <summary>Records a batch in one transaction.</summary>
    /// <exception cref="EventStoreException">The database is locked past the busy timeout, or corrupt.</exception>
    public void Record(IReadOnlyCollection<ExperimentEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        Guard(() =>
        {
            using var transaction = _connection.BeginTransaction();
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Insert;
            var experiment = command.Parameters.Add("$experiment", SqliteType.Text);
            var user = command.Parameters.Add("$user", SqliteType.Text);
            var kind = command.Parameters.Add("$kind", SqliteType.Text);
            var variant = command.Parameters.Add("$variant", SqliteType.Text);
            var at = command.Parameters.Add("$at", SqliteType.Text);
            foreach (var e in events)
            {
                (experiment.Value, user.Value, kind.Value, variant.Value, at.Value) = (e.Experiment, e.UserId, KindName(e.Kind), e.Variant, e.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
                command.ExecuteNonQuery();
            }

            transaction.Commit();
            return 0;
        });
    }

    /// <summary>
    /// Each group's exposed users with their conversions and request counts; with <paramref name="usersStartingWith"/>,
    /// only the users whose id starts with it (one simulated population among the environment's other traffic).
    /// </summary>
    public IReadOnlyList<ArmTotals> Totals(string experiment, string? usersStartingWith = null) => Guard(() =>
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT e.variant, count(*), count(c.user_id), total(coalesce(r.count, 0)), total(coalesce(r.count, 0) * coalesce(r.count, 0))
            FROM events e
            LEFT JOIN events c ON c.experiment = e.experiment AND c.user_id = e.user_id AND c.kind = 'conversion'
            LEFT JOIN events r ON r.experiment = e.experiment AND r.user_id = e.user_id AND r.kind = 'request'
            WHERE e.experiment = $experiment AND e.kind = 'exposure' AND ($prefix IS NULL OR substr(e.user_id, 1, length($prefix)) = $prefix)
            GROUP BY e.variant ORDER BY e.variant;
            """;
        command.Parameters.AddWithValue("$experiment", experiment);
        command.Parameters.AddWithValue("$prefix", (object?)usersStartingWith ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var totals = new List<ArmTotals>();
        while (reader.Read())
        {
            totals.Add(new ArmTotals(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetDouble(3), reader.GetDouble(4)));
        }

        return (IReadOnlyList<ArmTotals>)totals;
    });

    /// <summary>Every stored row of the experiment (of the users whose id starts with <paramref name="usersStartingWith"/>), for export.</summary>
    public IReadOnlyList<StoredEvent> Events(string experiment, string? usersStartingWith = null) => Guard(() =>
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT experiment, user_id, variant, kind, count, first_at, last_at FROM events
            WHERE experiment = $experiment AND ($prefix IS NULL OR substr(user_id, 1, length($prefix)) = $prefix) ORDER BY user_id, kind;
            """;
        command.Parameters.AddWithValue("$experiment", experiment);
        command.Parameters.AddWithValue("$prefix", (object?)usersStartingWith ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var rows = new List<StoredEvent>();
        while (reader.Read())
        {
            rows.Add(new StoredEvent(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                Enum.Parse<ExperimentEventKind>(reader.GetString(3), ignoreCase: true),
                reader.GetInt64(4),
                DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(reader.GetString(6), CultureInfo.InvariantCulture)));
        }

        return (IReadOnlyList<StoredEvent>)rows;
    });

    public void Dispose() => _connection.Dispose();

    private static EventStore Open(string path, SqliteOpenMode mode, TimeSpan busyTimeout, Action<EventStore> prepare)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = false,
            DefaultTimeout = Math.Max(1, (int)busyTimeout.TotalSeconds),
        }.ToString();
        var connection = new SqliteConnection(connectionString);
        var store = new EventStore(connection, path);
        try
        {
            store.Guard(() =>
            {
                connection.Open();
                store.Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout={(long)busyTimeout.TotalMilliseconds};"));
                prepare(store);
                return 0;
            });
            return store;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException ex)
        {
            var problem = ex.SqliteErrorCode switch
            {
                5 or 6 => "is locked by another process (still locked after the busy timeout); try again when it is free",
                11 or 26 => "is corrupt or not a SQLite database; it was left as it is, move it aside to start a new one",
                14 => "cannot be opened (a missing folder or no permission)",
                _ => $"failed: {ex.Message}",
            };
            throw new EventStoreException($"{Path}: the events database {problem} (SQLite error {ex.SqliteErrorCode}: {ex.Message})", ex);
        }
    }

    private static string KindName(ExperimentEventKind kind) => kind switch
    {
        ExperimentEventKind.Exposure => "exposure",
        ExperimentEventKind.Conversion => "conversion",
        _ => "request",
    };
}
