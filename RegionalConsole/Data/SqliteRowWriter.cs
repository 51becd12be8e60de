using System.Linq.Expressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace RegionalConsole.Data;

/// <summary>
/// Inserts entity graphs into SQLite with one prepared command per table, built from the EF model: the same
/// tables, columns and value conversions SaveChanges uses, without change tracking or a round trip per key.
/// Keys are numbered here, as SQLite's AUTOINCREMENT would number them, so that rows can refer to each other
/// before they are written. A graph follows the collections an entity owns as principal (Course.Versions, ...).
/// Everything that touches the connection happens on construction or in <see cref="Insert"/>, so one thread may
/// number keys while another inserts earlier rows. Outside the seed (batch course intake) it is built inside the
/// caller's transaction — SQLite's BEGIN IMMEDIATE, so no other writer can take the keys it numbers — for the
/// tables that caller writes only.
/// </summary>
internal sealed class SqliteRowWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction? _transaction;
    private readonly Dictionary<Type, TableInsert> _tables = [];
    private readonly Dictionary<string, long> _lastKeys = [];
    private readonly Dictionary<Type, string> _unsupported = [];

    public SqliteRowWriter(SqliteConnection connection, IModel model, SqliteTransaction? transaction = null, IReadOnlySet<Type>? tables = null)
    {
        _connection = connection;
        _transaction = transaction;
        foreach (var entityType in model.GetEntityTypes().Where(e => e.GetTableMappings().Any() && (tables is null || tables.Contains(e.ClrType))))
        {
            if (Unsupported(entityType) is { } reason)
            {
                _unsupported[entityType.ClrType] = reason;
                continue;
            }

            var table = Prepare(entityType);
            _tables[entityType.ClrType] = table;
            if (table.GeneratedKey is not null)
            {
                _lastKeys[table.Name] = LastKey(table);
            }
        }
    }

    /// <summary>Numbers the generated keys of the graph that are still unset and points children at their parents.</summary>
    public void AssignKeys(object entity)
    {
        var table = TableFor(entity.GetType());
        if (table.GeneratedKey is { } key && Convert.ToInt64(key.Get(entity), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            var next = NextKey(table);
            key.Set(entity, key.Property.ClrType == typeof(int) ? (object)checked((int)next) : next);
        }

        foreach (var child in table.Children)
        {
            foreach (var dependent in child.Dependents(entity))
            {
                child.ForeignKey.Set(dependent, table.Key.Get(entity));
                AssignKeys(dependent);
            }
        }
    }

    /// <summary>Writes the graph: the entity's row, then its children's (inside the caller's transaction).</summary>
    public void Insert(object entity, SqliteTransaction transaction)
    {
        var table = TableFor(entity.GetType());
        table.Command.Transaction = transaction;
        foreach (var column in table.Columns)
        {
            var value = column.Get(entity);
            if (value is not null && column.Converter is { } converter)
            {
                value = converter.ConvertToProvider(value);
            }

            column.Parameter.Value = value ?? DBNull.Value;
        }

        table.Command.ExecuteNonQuery();
        foreach (var child in table.Children)
        {
            foreach (var dependent in child.Dependents(entity))
            {
                Insert(dependent, transaction);
            }
        }
    }

    public void Dispose()
    {
        foreach (var table in _tables.Values)
        {
            table.Command.Dispose();
        }
    }

    private long NextKey(TableInsert table) => _lastKeys[table.Name] = _lastKeys[table.Name] + 1;

    // AUTOINCREMENT continues after the larger of the highest key ever used and the highest key present.
    private long LastKey(TableInsert table)
    {
        using var query = _connection.CreateCommand();
        query.Transaction = _transaction;
        query.CommandText = $"""
            SELECT MAX(IFNULL((SELECT seq FROM sqlite_sequence WHERE name = $name), 0),
                       IFNULL((SELECT MAX("{table.Key.Name}") FROM "{table.Name}"), 0))
            """;
        query.Parameters.AddWithValue("$name", table.Name);
        return Convert.ToInt64(query.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private TableInsert TableFor(Type type) => _tables.TryGetValue(type, out var table) ? table
        : throw new NotSupportedException(_unsupported.GetValueOrDefault(type) ?? $"{type.Name} is not an entity of the model.");

    private static string? Unsupported(IEntityType entityType)
    {
        if (entityType.GetComplexProperties().Any() || entityType.GetNavigations().Any(n => n.TargetEntityType.IsOwned()))
        {
            return $"{entityType.ClrType.Name}: the bulk writer handles plain columns only; extend it for complex or owned types.";
        }

        return entityType.GetProperties().FirstOrDefault(p => p.IsShadowProperty()) is { } shadow
            ? $"{entityType.ClrType.Name}.{shadow.Name} is a shadow property; the bulk writer reads CLR properties only."
            : null;
    }

    private TableInsert Prepare(IEntityType entityType)
    {
        var mapping = entityType.GetTableMappings().Single();
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        var columns = new List<Column>();
        foreach (var columnMapping in mapping.ColumnMappings)
        {
            var property = columnMapping.Property;
            var typeMapping = columnMapping.TypeMapping;
            var parameter = (SqliteParameter)typeMapping.CreateParameter(command, "$p" + columns.Count, null, property.IsNullable);
            command.Parameters.Add(parameter);
            columns.Add(new Column(property, columnMapping.Column.Name, parameter, typeMapping.Converter));
        }

        command.CommandText = $"""
            INSERT INTO "{mapping.Table.Name}" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))})
            VALUES ({string.Join(", ", columns.Select(c => c.Parameter.ParameterName))})
            """;
        var primaryKey = entityType.FindPrimaryKey()!.Properties;
        var key = columns.Single(c => c.Property == primaryKey[0]);
        var generated = primaryKey.Count == 1 && key.Property.ValueGenerated == ValueGenerated.OnAdd
            && (key.Property.ClrType == typeof(int) || key.Property.ClrType == typeof(long)) ? key : null;
        var children = entityType.GetNavigations()
            .Where(n => n.IsCollection && !n.IsOnDependent)
            .Select(n => new Child(n, Accessor.For(n.ForeignKey.Properties.Single())))
            .ToArray();
        command.Prepare();
        return new TableInsert(mapping.Table.Name, command, [.. columns], key, generated, children);
    }

    private sealed record TableInsert(string Name, SqliteCommand Command, Column[] Columns, Column Key, Column? GeneratedKey, Child[] Children);

    private sealed class Column(IProperty property, string name, SqliteParameter parameter, ValueConverter? converter)
    {
        private readonly Accessor _accessor = Accessor.For(property);
        public IProperty Property => property;
        public string Name => name;
        public SqliteParameter Parameter => parameter;
        public ValueConverter? Converter => converter;
        public object? Get(object entity) => _accessor.Get(entity);
        public void Set(object entity, object? value) => _accessor.Set(entity, value);
    }

    private sealed class Child(INavigation navigation, Accessor foreignKey)
    {
        private readonly Func<object, object?> _collection = Accessor.Getter(navigation.PropertyInfo!);
        public Accessor ForeignKey => foreignKey;
        public IEnumerable<object> Dependents(object entity) =>
            _collection(entity) is System.Collections.IEnumerable items ? items.Cast<object>() : [];
    }

    /// <summary>Compiled getters and setters: reflection per value would cost more than the insert itself.</summary>
    private sealed class Accessor(Func<object, object?> get, Action<object, object?> set)
    {
        public object? Get(object entity) => get(entity);
        public void Set(object entity, object? value) => set(entity, value);

        // Compiled once per property for the process: the intake builds a writer per request.
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<System.Reflection.PropertyInfo, Accessor> Compiled = new();
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<System.Reflection.PropertyInfo, Func<object, object?>> CompiledGetters = new();

        public static Accessor For(IProperty property)
        {
            var info = property.PropertyInfo ?? throw new NotSupportedException($"{property.DeclaringType.DisplayName()}.{property.Name} has no CLR property.");
            return Compiled.GetOrAdd(info, Compile);
        }

        public static Func<object, object?> Getter(System.Reflection.PropertyInfo info) => CompiledGetters.GetOrAdd(info, CompileGetter);

        private static Accessor Compile(System.Reflection.PropertyInfo info)
        {
            var entity = Expression.Parameter(typeof(object));
            var value = Expression.Parameter(typeof(object));
            var typed = Expression.Convert(entity, info.DeclaringType!);
            var set = Expression.Lambda<Action<object, object?>>(
                Expression.Assign(Expression.Property(typed, info), Expression.Convert(value, info.PropertyType)), entity, value).Compile();
            return new Accessor(Getter(info), set);
        }

        private static Func<object, object?> CompileGetter(System.Reflection.PropertyInfo info)
        {
            var entity = Expression.Parameter(typeof(object));
            var body = Expression.Convert(Expression.Property(Expression.Convert(entity, info.DeclaringType!), info), typeof(object));
            return Expression.Lambda<Func<object, object?>>(body, entity).Compile();
        }
    }
}
