using System.Text;
using System.Xml;

namespace StageSeconde.Web.Infrastructure.Imports;

/// <summary>
/// Streams SIECLE's XML exports (Base élèves établissement) into plain records with an <see cref="XmlReader"/>:
/// <c>BEE_ELEVES</c> (ElevesSansAdresses.xml, ElevesAvecAdresses.xml) and <c>BEE_RESPONSABLES</c> (ResponsablesAvecAdresses.xml).
/// The encoding is the one the prologue declares (ISO-8859-15 in practice, hence the code pages provider).
/// No DTD, no external resolution, bounded entity expansion. Every failure is an <see cref="ImportFormatException"/> in French.
/// </summary>
public static class SiecleParser
{
    public const string StudentsRoot = "BEE_ELEVES";
    public const string GuardiansRoot = "BEE_RESPONSABLES";

    static SiecleParser() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static XmlReaderSettings Settings => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
        Async = false,
    };

    /// <summary>Parses a students' export from the uploaded file (XML or zip).</summary>
    public static SiecleStudentsExport ParseStudents(Stream upload) => Guard(upload, StudentsRoot, ReadStudents);

    /// <summary>Parses a guardians' export from the uploaded file (XML or zip).</summary>
    public static SiecleGuardiansExport ParseGuardians(Stream upload) => Guard(upload, GuardiansRoot, ReadGuardians);

    private static T Guard<T>(Stream upload, string expectedRoot, Func<XmlReader, T> read)
    {
        var line = 0;
        try
        {
            using var xml = ImportFiles.OpenXml(upload);
            using var reader = XmlReader.Create(xml, Settings);
            var info = (IXmlLineInfo)reader;
            try
            {
                reader.MoveToContent();
                CheckRoot(reader, expectedRoot);
                return read(reader);
            }
            finally
            {
                line = info.LineNumber;
            }
        }
        catch (XmlException e)
        {
            var at = e.LineNumber > 0 ? e.LineNumber : line;
            throw new ImportFormatException(
                $"Le fichier XML est mal formé ou incomplet (ligne {at}) : il a peut-être été tronqué pendant le transfert. " +
                "Exportez-le de nouveau depuis SIECLE. Rien n'a été importé.", e);
        }
        catch (InvalidDataException e)
        {
            throw new ImportFormatException("L'archive zip est endommagée : son contenu ne peut pas être lu jusqu'au bout. Rien n'a été importé.", e);
        }
        catch (DecoderFallbackException e)
        {
            throw new ImportFormatException("Le fichier contient des caractères qui ne correspondent pas au codage qu'il annonce. Exportez-le de nouveau depuis SIECLE. Rien n'a été importé.", e);
        }
    }

    private static void CheckRoot(XmlReader reader, string expected)
    {
        if (reader.NodeType != XmlNodeType.Element)
            throw new ImportFormatException("Ce fichier XML ne contient aucun élément : ce n'est pas un export SIECLE. Rien n'a été importé.");
        var root = reader.LocalName;
        if (root == expected) return;
        throw new ImportFormatException((expected, root) switch
        {
            (StudentsRoot, GuardiansRoot) => "Ce fichier est l'export des responsables (ResponsablesAvecAdresses.xml), pas celui des élèves. " +
                                             "Choisissez « Export SIECLE – responsables » ou déposez ElevesSansAdresses.xml ou ElevesAvecAdresses.xml. Rien n'a été importé.",
            (GuardiansRoot, StudentsRoot) => "Ce fichier est l'export des élèves (ElevesSansAdresses.xml ou ElevesAvecAdresses.xml), pas celui des responsables. " +
                                             "Choisissez « Export SIECLE – élèves » ou déposez ResponsablesAvecAdresses.xml. Rien n'a été importé.",
            _ => $"Ce fichier XML n'est pas un export SIECLE attendu : son élément racine est « {root} » au lieu de « {expected} ». Rien n'a été importé.",
        });
    }

    private static SiecleStudentsExport ReadStudents(XmlReader reader)
    {
        SiecleParameters? parameters = null;
        var students = new List<(int Line, Dictionary<string, string> Fields)>();
        var divisions = new Dictionary<string, string>(StringComparer.Ordinal);
        var addresses = new Dictionary<string, SiecleAddress>(StringComparer.Ordinal);
        var hasAddresses = false;

        Walk(reader, (name, parent) =>
        {
            switch (name)
            {
                case "PARAMETRES":
                    parameters = ReadParameters(reader);
                    return true;
                case "ELEVE" when parent == "ELEVES":
                    students.Add(ReadRecord(reader));
                    return true;
                case "STRUCTURES_ELEVE" when parent == "STRUCTURES":
                    var (eleveId, division) = ReadStudentDivision(reader);
                    if (eleveId is not null && division is not null) divisions.TryAdd(eleveId, division);
                    return true;
                case "ADRESSES":
                    hasAddresses = true;
                    return false;
                case "ADRESSE" when parent == "ADRESSES":
                    var address = ReadAddress(reader);
                    if (address is not null) addresses.TryAdd(address.Id, address);
                    return true;
                default:
                    return false;
            }
        });

        RequireParameters(parameters);
        if (students.Count == 0)
            throw new ImportFormatException("L'export ne contient aucun élève (DONNEES/ELEVES/ELEVE) : vérifiez l'export choisi dans SIECLE. Rien n'a été importé.");

        var list = students.Select(s =>
        {
            var f = s.Fields;
            var id = Value(f, "ELEVE_ID");
            return new SiecleStudent(
                s.Line, id, Value(f, "ID_NATIONAL"), Value(f, "NOM_DE_FAMILLE") ?? Value(f, "NOM"), Value(f, "NOM_USAGE"), Value(f, "PRENOM"), Value(f, "PRENOM2"),
                Value(f, "DATE_NAISS"), Value(f, "CODE_SEXE"), Value(f, "CODE_MEF"), Value(f, "DATE_SORTIE"), Value(f, "TEL_PORTABLE"), Value(f, "MEL"),
                Value(f, "ADRESSE_ID"), id is not null && divisions.TryGetValue(id, out var d) ? d : null);
        }).ToList();
        return new SiecleStudentsExport(parameters!, list, addresses, hasAddresses);
    }

    private static SiecleGuardiansExport ReadGuardians(XmlReader reader)
    {
        SiecleParameters? parameters = null;
        var persons = new Dictionary<string, SiecleGuardianPerson>(StringComparer.Ordinal);
        var links = new List<SiecleGuardianLink>();
        var addresses = new Dictionary<string, SiecleAddress>(StringComparer.Ordinal);

        Walk(reader, (name, parent) =>
        {
            switch (name)
            {
                case "PARAMETRES":
                    parameters = ReadParameters(reader);
                    return true;
                case "PERSONNE" when parent == "PERSONNES":
                    var (line, f) = ReadRecord(reader);
                    if (Value(f, "PERSONNE_ID") is { } personId)
                    {
                        persons.TryAdd(personId, new SiecleGuardianPerson(
                            line, personId, Value(f, "LC_CIVILITE"), Value(f, "NOM_DE_FAMILLE") ?? Value(f, "NOM"), Value(f, "NOM_USAGE"), Value(f, "PRENOM"),
                            Value(f, "TEL_PERSONNEL"), Value(f, "TEL_PORTABLE"), Value(f, "TEL_PROFESSIONNEL"), Value(f, "MEL"), Value(f, "ADRESSE_ID")));
                    }
                    return true;
                case "RESPONSABLE_ELEVE" when parent == "RESPONSABLES":
                    var (linkLine, l) = ReadRecord(reader);
                    links.Add(new SiecleGuardianLink(linkLine, Value(l, "ELEVE_ID"), Value(l, "PERSONNE_ID"), Value(l, "CODE_PARENTE"),
                        Value(l, "NIVEAU_RESPONSABILITE"), Value(l, "RESP_LEGAL")));
                    return true;
                case "ADRESSE" when parent == "ADRESSES":
                    var address = ReadAddress(reader);
                    if (address is not null) addresses.TryAdd(address.Id, address);
                    return true;
                default:
                    return false;
            }
        });

        RequireParameters(parameters);
        if (links.Count == 0)
            throw new ImportFormatException("L'export ne contient aucun lien entre élève et responsable (DONNEES/RESPONSABLES/RESPONSABLE_ELEVE). Rien n'a été importé.");
        return new SiecleGuardiansExport(parameters!, persons, links, addresses);
    }

    private static void RequireParameters(SiecleParameters? parameters)
    {
        if (parameters?.Uaj is null)
            throw new ImportFormatException("L'export ne contient pas l'UAI de l'établissement (PARAMETRES/UAJ) : ce n'est pas un export SIECLE complet. Rien n'a été importé.");
    }

    /// <summary>
    /// Reads the whole document below the root; <paramref name="handle"/> gets each element's name and its parent's name and
    /// returns true when it consumed the element (the reader is then on the element's end, or on the element itself if empty).
    /// </summary>
    private static void Walk(XmlReader reader, Func<string, string?, bool> handle)
    {
        var path = new List<string> { reader.LocalName };
        if (reader.IsEmptyElement) return;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                var name = reader.LocalName;
                if (handle(name, path[^1])) continue;
                if (!reader.IsEmptyElement) path.Add(name);
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                path.RemoveAt(path.Count - 1);
                if (path.Count == 0) return;
            }
        }
        throw new XmlException("Fin de fichier inattendue.", null, ((IXmlLineInfo)reader).LineNumber, 0);
    }

    private static SiecleParameters ReadParameters(XmlReader reader)
    {
        var (_, f) = ReadRecord(reader);
        return new SiecleParameters(Value(f, "UAJ")?.ToUpperInvariant(), Value(f, "ANNEE_SCOLAIRE"), Value(f, "DATE_EXPORT"));
    }

    private static SiecleAddress? ReadAddress(XmlReader reader)
    {
        var (_, f) = ReadRecord(reader);
        var id = Value(f, "ADRESSE_ID");
        if (id is null) return null;
        return new SiecleAddress(id, Value(f, "LIGNE1_ADRESSE"), Value(f, "LIGNE2_ADRESSE"), Value(f, "LIGNE3_ADRESSE"), Value(f, "LIGNE4_ADRESSE"),
            Value(f, "CODE_POSTAL"), Value(f, "LIBELLE_POSTAL") ?? Value(f, "LL_COMMUNE"), Value(f, "CODE_PAYS"), Value(f, "LL_PAYS"));
    }

    /// <summary>A <c>STRUCTURES_ELEVE</c>: its student and the code of its first <c>STRUCTURE</c> of type <c>D</c> (groups, type <c>G</c>, are ignored).</summary>
    private static (string? EleveId, string? Division) ReadStudentDivision(XmlReader reader)
    {
        var eleveId = reader.GetAttribute("ELEVE_ID")?.Trim();
        string? division = null;
        if (reader.IsEmptyElement) return (eleveId, null);
        var depth = reader.Depth;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) break;
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != depth + 1) continue;
            if (reader.LocalName == "STRUCTURE")
            {
                var (_, f) = ReadRecord(reader);
                if (division is null && string.Equals(Value(f, "TYPE_STRUCTURE"), "D", StringComparison.OrdinalIgnoreCase))
                    division = Value(f, "CODE_STRUCTURE");
            }
            else if (reader.LocalName == "ELEVE_ID")
            {
                var text = ReadText(reader).Trim();
                if (eleveId is null && text.Length > 0) eleveId = text;
            }
        }
        return (eleveId, division);
    }

    /// <summary>The text of a simple element; leaves the reader on the element's end (or on the element itself if empty).</summary>
    private static string ReadText(XmlReader reader)
    {
        if (reader.IsEmptyElement) return "";
        var depth = reader.Depth;
        var text = new StringBuilder();
        while (reader.Read())
        {
            if (reader.Depth == depth && reader.NodeType == XmlNodeType.EndElement) return text.ToString();
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA) text.Append(reader.Value);
        }
        throw new XmlException("Fin de fichier inattendue.", null, ((IXmlLineInfo)reader).LineNumber, 0);
    }

    /// <summary>
    /// Reads an element as a flat record: its attributes and its simple child elements (name → text; the first occurrence wins,
    /// elements with children of their own are skipped). Leaves the reader on the element's end.
    /// </summary>
    private static (int Line, Dictionary<string, string> Fields) ReadRecord(XmlReader reader)
    {
        var line = ((IXmlLineInfo)reader).LineNumber;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (reader.MoveToFirstAttribute())
        {
            do fields[reader.LocalName] = reader.Value;
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }
        if (reader.IsEmptyElement) return (line, fields);

        var depth = reader.Depth;
        string? child = null;
        var complex = false;
        var text = new StringBuilder();
        while (reader.Read())
        {
            var nodeDepth = reader.Depth;
            if (nodeDepth == depth && reader.NodeType == XmlNodeType.EndElement) return (line, fields);
            if (nodeDepth == depth + 1)
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    if (reader.IsEmptyElement) fields.TryAdd(reader.LocalName, "");
                    else { child = reader.LocalName; complex = false; text.Clear(); }
                }
                else if (reader.NodeType == XmlNodeType.EndElement)
                {
                    if (child is not null && !complex) fields.TryAdd(child, text.ToString());
                    child = null;
                }
            }
            else if (nodeDepth == depth + 2 && child is not null)
            {
                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace) text.Append(reader.Value);
                else if (reader.NodeType == XmlNodeType.Element) complex = true;
            }
        }
        throw new XmlException("Fin de fichier inattendue.", null, ((IXmlLineInfo)reader).LineNumber, 0);
    }

    private static string? Value(Dictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
