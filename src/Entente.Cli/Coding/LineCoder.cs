using System.Text;
using System.Text.Json;
using Entente.Cli.Infrastructure;
using Entente.Documents;
using Entente.Pipeline;
using Entente.Serialization;

namespace Entente.Cli.Coding;

/// <summary>
/// Turns one JSON Lines input of <c>entente code</c> (<c>{"id", "text", "date"?}</c>) into its output line.
/// Never throws for bad input: whatever is wrong becomes the line's <c>error</c>.
/// </summary>
internal sealed class LineCoder(EntentePipeline pipeline, DateOnly? defaultDate, string origin)
{
    /// <summary>Codes one input line (<paramref name="lineNumber"/> from 1) and returns the JSON text of its output line.</summary>
    public string CodeToJson(string line, int lineNumber) =>
        JsonSerializer.Serialize(Code(line, lineNumber), EntenteJson.Compact);

    /// <summary>Codes one input line.</summary>
    public CodedLine Code(string line, int lineNumber)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return CodedLine.Failed(null, "empty line: expected a JSON object with \"id\" and \"text\"");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            return CodedLine.Failed(RecoverId(line), $"broken JSON: {exception.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return CodedLine.Failed(null, $"expected a JSON object, got {root.ValueKind.ToString().ToLowerInvariant()}");
            }

            JsonElement? id = root.TryGetProperty("id", out var idElement) ? idElement.Clone() : null;
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind == JsonValueKind.Null)
            {
                return CodedLine.Failed(id, "missing \"text\"");
            }

            if (textElement.ValueKind != JsonValueKind.String)
            {
                return CodedLine.Failed(id, $"\"text\" must be a string, got {textElement.ValueKind.ToString().ToLowerInvariant()}");
            }

            var text = textElement.GetString()!;
            if (string.IsNullOrWhiteSpace(text))
            {
                return CodedLine.Failed(id, "empty text");
            }

            var date = defaultDate;
            string? dateError = null;
            if (root.TryGetProperty("date", out var dateElement) && dateElement.ValueKind != JsonValueKind.Null)
            {
                var dateText = dateElement.ValueKind == JsonValueKind.String ? dateElement.GetString() : dateElement.GetRawText();
                if (CliOptions.TryParseDate(dateText) is { } lineDate)
                {
                    date = lineDate;
                }
                else
                {
                    dateError = $"\"date\" '{dateText}' is not yyyy-MM-dd; coded without it";
                }
            }

            var coded = Process(id, text, date);
            return dateError is not null && coded.Error is null ? coded with { Error = dateError } : coded;
        }

        CodedLine Process(JsonElement? id, string text, DateOnly? date)
        {
            try
            {
                var extraction = pipeline.Process(new Article(text) { PublishedOn = date, Origin = $"{origin}:{lineNumber}" });
                return ToLine(id, extraction);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // One text the pipeline cannot handle must not end a run over thousands; the line says why instead.
                return CodedLine.Failed(id, $"processing failed: {exception.GetType().Name}: {exception.Message}");
            }
        }
    }

    private static CodedLine ToLine(JsonElement? id, Extraction extraction) => new(
        id,
        extraction.Events,
        [.. extraction.Document.Entities.Select(entity => new EntityRecord(entity.Text, entity.Start, entity.End, entity.Label))],
        [.. extraction.Quotes.Select(quote => new QuoteRecord(
            quote.Text,
            quote.Start,
            quote.End,
            quote.Sentence,
            quote.Speaker is { } speaker ? new SpeakerRecord(speaker.Name, speaker.Code, speaker.Country, speaker.Sector) : null))]);

    /// <summary>Reads the top-level <c>id</c> of a line whose JSON breaks later on, so the output still lines up by id.</summary>
    private static JsonElement? RecoverId(string line)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(line), new JsonReaderOptions { AllowTrailingCommas = true });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("id"u8))
                {
                    if (!reader.Read())
                    {
                        return null;
                    }

                    return reader.TokenType is JsonTokenType.String or JsonTokenType.Number
                        ? JsonElement.ParseValue(ref reader)
                        : null;
                }
            }
        }
        catch (JsonException)
        {
            // The id was not reached before the JSON broke.
        }

        return null;
    }
}
