using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Formats;

/// <summary>
/// SecLake.format.ps1xml: valid, shaped as PowerShell's format loader requires, naming only types that exist in the
/// built assemblies and properties those types have, with a table view for every type a cmdlet declares it writes.
/// </summary>
public class FormatFileTests
{
    private static readonly string FormatFile = Path.Combine(RepoFiles.Root, "src", "SecLake", "Formats", "SecLake.format.ps1xml");
    private static readonly Lazy<XDocument> Document = new(() => XDocument.Load(FormatFile));
    private static readonly string[] Controls = { "TableControl", "ListControl", "WideControl", "CustomControl" };

    private static IEnumerable<XElement> Views => Document.Value.Root!.Element("ViewDefinitions")!.Elements("View");

    private static string SelectedType(XElement view) => view.Element("ViewSelectedBy")!.Element("TypeName")!.Value.Trim();

    /// <summary>Types the module's cmdlets declare they write (OutputType), read from SecLake.dll's metadata.</summary>
    private static IReadOnlyList<Type> OutputTypes =>
        CmdletMetadata.All.SelectMany(c => c.Type.GetCustomAttributesData().Where(a => a.AttributeType.Name == "OutputTypeAttribute"))
            .SelectMany(a => a.ConstructorArguments.SelectMany(CmdletMetadata.Flatten)).OfType<Type>()
            .Distinct().ToList();

    /// <summary>Every type of SecLake.dll and of the assemblies its output types live in (SecLake.Contracts).</summary>
    private static IReadOnlyDictionary<string, Type> ModuleTypes =>
        OutputTypes.Select(t => t.Assembly).Append(BuiltModule.Assembly).Distinct()
            .SelectMany(a => a.GetTypes()).Where(t => t.FullName != null)
            .GroupBy(t => t.FullName!).ToDictionary(g => g.Key, g => g.First());

    public static IEnumerable<object[]> ViewNames => Views.Select(v => new object[] { v.Element("Name")!.Value });

    private static XElement View(string name) => Views.Single(v => v.Element("Name")!.Value == name);

    [Fact]
    public void Is_a_format_file_the_manifest_loads_and_the_layout_copies()
    {
        Assert.Equal("Configuration", Document.Value.Root!.Name.LocalName);
        Assert.NotEmpty(Views);
        var manifest = File.ReadAllText(RepoFiles.Manifest);
        Assert.Matches(@"FormatsToProcess\s*=\s*@\('SecLake\.format\.ps1xml'\)", manifest);
        Assert.Equal(Views.Count(), Views.Select(v => v.Element("Name")!.Value).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(ViewNames))]
    public void Each_view_has_a_name_a_type_and_one_control_in_schema_order(string name)
    {
        var view = View(name);
        var children = view.Elements().Select(e => e.Name.LocalName).ToList();
        Assert.Equal("Name", children[0]);
        Assert.Equal("ViewSelectedBy", children[1]);
        Assert.Single(children, c => Controls.Contains(c));
        Assert.Equal(Controls.Single(children.Contains), children.Last());
        Assert.All(view.Descendants("TableColumnHeader"), header =>
        {
            var order = header.Elements().Select(e => e.Name.LocalName).ToList();
            Assert.Equal(order.OrderBy(n => Array.IndexOf(new[] { "Label", "Width", "Alignment" }, n)), order);
            var width = header.Element("Width");
            Assert.True(width == null || int.Parse(width.Value) > 0, $"{name}: a column width must be positive");
        });
    }

    public static IEnumerable<object[]> TableViewNames =>
        Views.Where(v => v.Element("TableControl") != null).Select(v => new object[] { v.Element("Name")!.Value });

    /// <summary>
    /// A table fits an 80-column console (PowerShell uses width - 1): every column but the last has a width, its
    /// header fits it, and the widths plus one space between columns leave the last column at least 12 characters.
    /// </summary>
    [Theory]
    [MemberData(nameof(TableViewNames))]
    public void Each_table_fits_80_columns_with_its_headers_whole(string name)
    {
        var headers = View(name).Descendants("TableColumnHeader").ToList();
        var fixedColumns = headers.Take(headers.Count - 1).ToList();
        Assert.All(fixedColumns, h => Assert.NotNull(h.Element("Width")));
        Assert.All(headers.Where(h => h.Element("Width") != null), h =>
            Assert.True(h.Element("Label")!.Value.Length <= int.Parse(h.Element("Width")!.Value), $"{name}: header '{h.Element("Label")!.Value}' is wider than its column"));
        var used = fixedColumns.Sum(h => int.Parse(h.Element("Width")!.Value)) + fixedColumns.Count;
        var last = headers.Last();
        var lastWidth = last.Element("Width") is { } w ? int.Parse(w.Value) : Math.Max(12, last.Element("Label")!.Value.Length);
        Assert.True(used + lastWidth <= 79, $"{name}: {used + lastWidth} columns; a table must fit 79");
    }

    [Theory]
    [MemberData(nameof(ViewNames))]
    public void Each_view_selects_a_type_that_exists_in_the_built_assemblies(string name)
    {
        var type = SelectedType(View(name));
        Assert.True(ModuleTypes.ContainsKey(type), $"{name}: {type} is not a type of SecLake.dll or of the assembly its output types live in");
    }

    [Theory]
    [MemberData(nameof(ViewNames))]
    public void Each_property_a_view_shows_exists_on_its_type(string name)
    {
        var view = View(name);
        var type = ModuleTypes[SelectedType(view)];
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToHashSet();
        var used = view.Descendants("PropertyName").Select(p => p.Value.Trim())
            .Concat(view.Descendants("ScriptBlock").SelectMany(s => Regex.Matches(s.Value, @"\$_\.(\w+)").Select(m => m.Groups[1].Value)))
            .Distinct();
        Assert.Empty(used.Where(p => !properties.Contains(p)).Select(p => $"{type.FullName} has no property {p}"));
    }

    [Theory]
    [MemberData(nameof(ViewNames))]
    public void Table_rows_have_one_item_per_column(string name)
    {
        var table = View(name).Element("TableControl");
        if (table == null) return;
        var columns = table.Element("TableHeaders")!.Elements("TableColumnHeader").Count();
        Assert.InRange(columns, 1, 8);
        Assert.All(table.Descendants("TableColumnItems"), row => Assert.Equal(columns, row.Elements("TableColumnItem").Count()));
        Assert.All(table.Descendants("TableColumnItem"), item => Assert.Single(item.Elements(), e => e.Name.LocalName is "PropertyName" or "ScriptBlock"));
    }

    [Fact]
    public void Every_declared_output_type_has_exactly_one_table_view()
    {
        var tables = Views.Where(v => v.Element("TableControl") != null).Select(SelectedType).ToList();
        var missing = OutputTypes.Select(t => t.FullName!).Where(t => tables.Count(x => x == t) != 1);
        Assert.Empty(missing);
    }

    [Fact]
    public void Each_list_view_lists_items()
    {
        // List views cover nested objects (settings, sources) that are not output types of their own; each names a real type.
        var lists = Views.Where(v => v.Element("ListControl") != null).ToList();
        Assert.All(lists, v => Assert.NotEmpty(v.Descendants("ListItem")));
    }
}
