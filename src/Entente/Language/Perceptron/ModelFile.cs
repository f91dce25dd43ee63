using System.IO.Compression;

namespace Entente.Language.Perceptron;

/// <summary>
/// The container of Entente's perceptron model files: zlib-compressed, a magic string, a format version and the
/// label set, then a body each model writes itself. One place for the header, so every model rejects a wrong,
/// old or truncated file the same way.
/// </summary>
internal static class ModelFile
{
    /// <summary>Writes the header and then the body.</summary>
    public static void Save(string path, string magic, int version, IReadOnlyList<string> labels, Action<BinaryWriter> writeBody)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var compressed = new ZLibStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(compressed);
        writer.Write(magic);
        writer.Write(version);
        writer.Write(labels.Count);
        foreach (var label in labels)
        {
            writer.Write(label);
        }

        writeBody(writer);
    }

    /// <summary>Checks the header, reads the labels and hands the rest of the file to <paramref name="readBody"/>.</summary>
    /// <exception cref="InvalidDataException">When the file is not a <paramref name="kind"/> of this version, or is cut short.</exception>
    public static T Load<T>(string path, string magic, int version, string kind, Func<BinaryReader, string[], T> readBody)
    {
        using var file = File.OpenRead(path);
        using var compressed = new ZLibStream(file, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(compressed, 1 << 16));
        try
        {
            if (reader.ReadString() != magic)
            {
                throw new InvalidDataException($"{path}: not an Entente {kind}.");
            }

            var found = reader.ReadInt32();
            if (found != version)
            {
                throw new InvalidDataException($"{path}: {kind} format version {found}; this build reads version {version}.");
            }

            var labels = new string[reader.ReadInt32()];
            for (var i = 0; i < labels.Length; i++)
            {
                labels[i] = reader.ReadString();
            }

            return readBody(reader, labels);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{path}: truncated {kind}.", e);
        }
    }
}
