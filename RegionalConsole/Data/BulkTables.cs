using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace RegionalConsole.Data;

/// <summary>
/// The tables of the EF model as the bulk writers (<see cref="SqliteRowWriter"/>, <see cref="PostgresRowCopier"/>) see
/// them: the same tables, columns and value conversions SaveChanges uses, the generated key, and the collections an
/// entity owns as principal (Course.Versions, ...) that make a graph. Keys are numbered by the writer before rows are
/// written, so rows can refer to each other first.
/// </summary>
internal sealed class BulkTables
{
    private readonly Dictionary<Type, BulkTable> _tables = [];
    private readonly Dictionary<Type, string> _unsupported = [];

    public BulkTables(IModel model, IReadOnlySet<Type>? tables = null)
    {
        foreach (var entityType in model.GetEntityTypes().Where(e => e.GetTableMappings().Any() && (tables is null || tables.Contains(e.ClrType))))
        {
            if (Unsupported(entityType) is { } reason)
            {
                _unsupported[entityType.ClrType] = reason;
                continue;
            }

            _tables[entityType.ClrType] = Read(entityType);
        }
    }

    public IEnumerable<BulkTable> All => _tables.Values;

    public BulkTable For(Type type) => _tables.TryGetValue(type, out var table) ? table
        : throw new NotSupportedException(_unsupported.GetValueOrDefault(type) ?? $"{type.Name} is not an entity of the model.");

    /// <summary>Numbers the generated keys of the graph that are still unset and points children at their parents.</summary>
    public void AssignKeys(object entity, Func<BulkTable, long> nextKey)
    {
        var table = For(entity.GetType());
        if (table.GeneratedKey is { } key && Convert.ToInt64(key.Get(entity), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            var next = nextKey(table);
            key.Set(entity, key.Property.ClrType == typeof(int) ? (object)checked((int)next) : next);
        }

        foreach (var child in table.Children)
        {
            foreach (var dependent in child.Dependents(entity))
            {
                child.ForeignKey.Set(dependent, table.Key.Get(entity));
                AssignKeys(dependent, nextKey);
            }
        }
    }

    /// <summary>The graph's rows, parent before its children, each with its table.</summary>
    public IEnumerable<(BulkTable Table, object Row)> Rows(object entity)
    {
        var table = For(entity.GetType());
        yield return (table, entity);
        foreach (var child in table.Children)
        {
            foreach (var dependent in child.Dependents(entity))
            {
                foreach (var row in Rows(dependent))
                {
                    yield return row;
                }
            }
        }
    }

    private static string? Unsupported(IEntityType entityType)
    {
        if (entityType.GetComplexProperties().Any() || entityType.GetNavigations().Any(n => n.TargetEntityType.IsOwned()))
        {
            return $"{entityType.ClrType.Name}: the bulk writers handle plain columns only; extend them for complex or owned types.";
        }

        return entityType.GetProperties().FirstOrDefault(p => p.IsShadowProperty()) is { } shadow
            ? $"{entityType.ClrType.Name}.{shadow.Name} is a shadow property; the bulk writers read CLR properties only."
            : null;
    }

    private static BulkTable Read(IEntityType entityType)
    {
        var mapping = entityType.GetTableMappings().Single();
        var columns = mapping.ColumnMappings
            .Select(c => new BulkColumn(c.Property, c.Column.Name, c.TypeMapping, Accessor.For(c.Property)))
            .ToArray();
        var primaryKey = entityType.FindPrimaryKey()!.Properties;
        var key = columns.Single(c => c.Property == primaryKey[0]);
        var generated = primaryKey.Count == 1 && key.Property.ValueGenerated == ValueGenerated.OnAdd
            && (key.Property.ClrType == typeof(int) || key.Property.ClrType == typeof(long)) ? key : null;
        var children = entityType.GetNavigations()
            .Where(n => n.IsCollection && !n.IsOnDependent)
            .Select(n => new BulkChild(n, Accessor.For(n.ForeignKey.Properties.Single())))
            .ToArray();
        var principals = entityType.GetForeignKeys().Select(f => f.PrincipalEntityType.ClrType).Where(t => t != entityType.ClrType).Distinct().ToArray();
        return new BulkTable(mapping.Table.Name, entityType.ClrType, columns, key, generated, children, principals);
    }
}

/// <param name="Principals">The entity types this table's foreign keys point at: written before it.</param>
internal sealed record BulkTable(string Name, Type ClrType, BulkColumn[] Columns, BulkColumn Key, BulkColumn? GeneratedKey, BulkChild[] Children,
    Type[] Principals);

internal sealed class BulkColumn(IProperty property, string name, RelationalTypeMapping typeMapping, Accessor accessor)
{
    private readonly ValueConverter? _converter = typeMapping.Converter;
    public IProperty Property => property;
    public string Name => name;
    public RelationalTypeMapping TypeMapping => typeMapping;
    public object? Get(object entity) => accessor.Get(entity);
    public void Set(object entity, object? value) => accessor.Set(entity, value);

    /// <summary>The value as the provider stores it (enum names, UTC instants, ...), null for NULL.</summary>
    public object? ProviderValue(object entity)
    {
        var value = accessor.Get(entity);
        return value is not null && _converter is not null ? _converter.ConvertToProvider(value) : value;
    }
}

internal sealed class BulkChild(INavigation navigation, Accessor foreignKey)
{
    private readonly Func<object, object?> _collection = Accessor.Getter(navigation.PropertyInfo!);
    public Accessor ForeignKey => foreignKey;
    public IEnumerable<object> Dependents(object entity) =>
        _collection(entity) is System.Collections.IEnumerable items ? items.Cast<object>() : [];
}

/// <summary>Compiled getters and setters: reflection per value would cost more than the insert itself.</summary>
internal sealed class Accessor(Func<object, object?> get, Action<object, object?> set)
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
