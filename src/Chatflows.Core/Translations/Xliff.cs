using System.Text;
using System.Xml;
using Chatflows.Core.Validation;

namespace Chatflows.Core.Translations;

/// <summary>
/// XLIFF 2.0 (OASIS) for translators' tools (L1): one <c>&lt;unit&gt;</c> per text of a chatflow, its id made from the
/// text key (<see cref="XliffUnitIds"/>), a note saying where the text is. Reading allows no DTD and no external
/// entities, and reports problems with their line numbers instead of throwing.
/// </summary>
public static class Xliff
{
    public const string Namespace = "urn:oasis:names:tc:xliff:document:2.0";

    /// <summary>The largest file an import reads.</summary>
    public const int MaxCharacters = 4 * 1024 * 1024;

    /// <param name="translated">Texts already translated: they go in as targets, so a translator can review them.</param>
    public static string Write(string fileId, string sourceLanguage, string targetLanguage, IReadOnlyList<FlowText> texts, IReadOnlyDictionary<string, string>? translated)
    {
        var output = new StringBuilder();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("xliff", Namespace);
            writer.WriteAttributeString("version", "2.0");
            writer.WriteAttributeString("srcLang", sourceLanguage);
            writer.WriteAttributeString("trgLang", targetLanguage);
            writer.WriteStartElement("file", Namespace);
            writer.WriteAttributeString("id", XliffUnitIds.Encode(fileId));
            foreach (var text in texts)
            {
                writer.WriteStartElement("unit", Namespace);
                writer.WriteAttributeString("id", XliffUnitIds.Encode(text.Key));
                writer.WriteStartElement("notes", Namespace);
                writer.WriteElementString("note", Namespace, Clean(text.IsTemplate ? $"{text.Label} (Liquid: keep {{{{ … }}}} and {{% … %}} as they are)" : text.Label));
                writer.WriteEndElement();
                writer.WriteStartElement("segment", Namespace);
                WriteText(writer, "source", text.BaseText);
                if (translated?.GetValueOrDefault(text.Key) is { Length: > 0 } target)
                {
                    WriteText(writer, "target", target);
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        // StringBuilder output says utf-16 in the declaration; the file is sent as UTF-8.
        return output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    public static XliffDocument Read(TextReader text)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        var buffer = new char[MaxCharacters + 1];
        var length = text.ReadBlock(buffer, 0, buffer.Length);
        if (length > MaxCharacters)
        {
            return XliffDocument.Refused(new XliffError(0, ValidationTexts.XliffTooLarge(MaxCharacters / (1024 * 1024))));
        }

        var content = new string(buffer, 0, length);
        if (content.IndexOf("<!DOCTYPE", StringComparison.Ordinal) is var doctype and >= 0)
        {
            // Refused before the parser sees it (which refuses it too, but without saying where).
            return XliffDocument.Refused(new XliffError(content.AsSpan(0, doctype).Count('\n') + 1, ValidationTexts.XliffDtd()));
        }

        using var reader = XmlReader.Create(new StringReader(content), settings);
        try
        {
            return new XliffReader(reader).Read();
        }
        catch (XmlException e)
        {
            return XliffDocument.Refused(new XliffError(e.LineNumber, ValidationTexts.XliffNotXml(e.Message)));
        }
    }

    private static void WriteText(XmlWriter writer, string name, string text)
    {
        writer.WriteStartElement(name, Namespace);
        writer.WriteAttributeString("xml", "space", null, "preserve");
        writer.WriteString(Clean(text));
        writer.WriteEndElement();
    }

    // Characters XML cannot carry (most control characters) would make the file unreadable for every tool.
    private static string Clean(string text) => text.Any(c => !XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c))
        ? new string([.. text.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c))])
        : text;
}
