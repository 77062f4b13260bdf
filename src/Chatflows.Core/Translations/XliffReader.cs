using System.Text;
using System.Xml;
using Chatflows.Core.Validation;

namespace Chatflows.Core.Translations;

/// <summary>Reads the parts of XLIFF 2.0 a chatflow's texts use: the languages, and each unit's id and target, with line numbers.</summary>
internal sealed class XliffReader(XmlReader reader)
{
    private readonly List<XliffError> _errors = [];
    private readonly List<XliffUnit> _units = [];

    private int Line => reader is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    public XliffDocument Read()
    {
        reader.MoveToContent();
        if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "xliff" || reader.NamespaceURI != Xliff.Namespace)
        {
            return XliffDocument.Refused(new XliffError(Line, ValidationTexts.XliffRoot(Xliff.Namespace)));
        }

        if (reader.GetAttribute("version") != "2.0")
        {
            return XliffDocument.Refused(new XliffError(Line, ValidationTexts.XliffVersion()));
        }

        var source = reader.GetAttribute("srcLang") ?? "";
        var target = reader.GetAttribute("trgLang") ?? "";
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "unit" && reader.NamespaceURI == Xliff.Namespace)
            {
                ReadUnit();
            }
        }

        return new XliffDocument(source, target, _units, _errors);
    }

    private void ReadUnit()
    {
        var line = Line;
        var id = reader.GetAttribute("id");
        if (string.IsNullOrEmpty(id))
        {
            _errors.Add(new XliffError(line, ValidationTexts.XliffUnitId()));
            return;
        }

        if (reader.IsEmptyElement)
        {
            _units.Add(new XliffUnit(id, line, null, line));
            return;
        }

        var depth = reader.Depth;
        StringBuilder? target = null;
        var targetLine = line;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "target" && reader.NamespaceURI == Xliff.Namespace)
            {
                if (target is not null)
                {
                    _errors.Add(new XliffError(Line, ValidationTexts.XliffSegments(id)));
                    return;
                }

                targetLine = Line;
                target = new StringBuilder();
                if (!ReadText(target, id))
                {
                    return;
                }
            }
        }

        _units.Add(new XliffUnit(id, line, target?.ToString(), targetLine));
    }

    // Inline codes (<ph/>, <pc>…) are not part of the texts this module writes; a file with them is refused, not half-read.
    private bool ReadText(StringBuilder text, string id)
    {
        if (reader.IsEmptyElement)
        {
            return true;
        }

        var depth = reader.Depth;
        while (reader.Read() && reader.Depth > depth)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    text.Append(reader.Value);
                    break;
                case XmlNodeType.Element:
                    _errors.Add(new XliffError(Line, ValidationTexts.XliffMarkup(id, reader.LocalName)));
                    return false;
            }
        }

        return true;
    }
}
