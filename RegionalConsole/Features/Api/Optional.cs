using System.Text.Json;
using System.Text.Json.Serialization;

namespace RegionalConsole.Features.Api;

/// <summary>
/// A body field whose absence means "leave it as stored" and whose JSON <c>null</c> means "clear it" (SPEC §13.2: the
/// nightly sync that omits contactEmail keeps it). A plain nullable property cannot tell the two apart.
/// </summary>
[JsonConverter(typeof(OptionalConverterFactory))]
public readonly record struct Optional<T>(bool IsPresent, T? Value)
{
    public static Optional<T> Absent => default;
}

internal sealed class OptionalConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Optional<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(OptionalConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class OptionalConverter<T> : JsonConverter<Optional<T>>
    {
        // Called for a present property only, null included: an absent one keeps the default (IsPresent false).
        public override bool HandleNull => true;

        // The value's own converter, called within this read, so that a value of the wrong type is reported at its field.
        public override Optional<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(true, reader.TokenType == JsonTokenType.Null ? default : ((JsonConverter<T>)options.GetConverter(typeof(T))).Read(ref reader, typeof(T), options));

        public override void Write(Utf8JsonWriter writer, Optional<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.Value, options);
    }
}

/// <summary>Describes an <see cref="Optional{T}"/> field in the OpenAPI document as what it carries, a nullable string or boolean.</summary>
internal static class OptionalSchema
{
    public static Task TransformAsync(Microsoft.OpenApi.OpenApiSchema schema, Microsoft.AspNetCore.OpenApi.OpenApiSchemaTransformerContext context,
        CancellationToken ct)
    {
        if (context.JsonTypeInfo.Type == typeof(Optional<string>))
        {
            schema.Type = Microsoft.OpenApi.JsonSchemaType.String | Microsoft.OpenApi.JsonSchemaType.Null;
        }
        else if (context.JsonTypeInfo.Type == typeof(Optional<bool?>))
        {
            schema.Type = Microsoft.OpenApi.JsonSchemaType.Boolean | Microsoft.OpenApi.JsonSchemaType.Null;
        }

        return Task.CompletedTask;
    }
}
