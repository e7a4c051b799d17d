using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using TypedFiling.Parsing;
using TypedFiling.Tests.Shared;

namespace TypedFiling.Parsing.Tests.Purity;

/// <summary>
/// The parser is a pure library (text and options in, model out) that the generator, the CLI and FilingReader share,
/// so it takes no Roslyn package, not even an analyzer. What it may not call (generators/BannedSymbols.txt) is checked
/// here on the compiled assembly instead: every type and member it references, as documentation ids.
/// </summary>
public sealed class ParserPurityTests
{
    private static readonly string ParserPath = typeof(FilingParser).Assembly.Location;

    [Fact]
    public void The_parser_references_no_Roslyn_assembly()
    {
        using var pe = new PEReader(File.OpenRead(ParserPath));
        var reader = pe.GetMetadataReader();

        var references = reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [Fact]
    public void The_parser_calls_nothing_BannedSymbols_txt_bans()
    {
        var banned = BannedSymbols();
        var referenced = ReferencedIds(ParserPath);

        Assert.NotEmpty(banned);
        Assert.Empty(banned.Keys.Where(referenced.Contains).Select(id => id + ": " + banned[id]));
    }

    [Fact]
    public void The_check_sees_types_and_overloads_an_assembly_uses()
    {
        // This test assembly reads files: what the parser may not do is visible to the check when it is done.
        var referenced = ReferencedIds(typeof(ParserPurityTests).Assembly.Location);

        Assert.Contains("T:System.IO.File", referenced);
        Assert.Contains("M:System.IO.Path.Combine(System.String,System.String)", referenced);
        Assert.Contains("M:System.String.StartsWith(System.String,System.StringComparison)", referenced);
        Assert.DoesNotContain("M:System.String.StartsWith(System.String)", referenced);
    }

    /// <summary>"T:System.Console" to its reason, from generators/BannedSymbols.txt.</summary>
    private static Dictionary<string, string> BannedSymbols() =>
        File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "generators", "BannedSymbols.txt"))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split(';', 2))
            .ToDictionary(parts => parts[0].Trim(), parts => parts.Length > 1 ? parts[1].Trim() : string.Empty, StringComparer.Ordinal);

    /// <summary>The documentation ids of every type and member the assembly references: "T:…", "M:…(…)", "P:…" for accessors.</summary>
    private static HashSet<string> ReferencedIds(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var reader = pe.GetMetadataReader();
        var types = new DocIdTypes();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in reader.TypeReferences)
        {
            ids.Add("T:" + types.GetTypeFromReference(reader, handle, 0));
        }

        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            var parent = member.Parent.Kind switch
            {
                HandleKind.TypeReference => types.GetTypeFromReference(reader, (TypeReferenceHandle)member.Parent, 0),
                HandleKind.TypeSpecification => types.GetTypeFromSpecification(reader, null, (TypeSpecificationHandle)member.Parent, 0),
                _ => null,
            };
            if (parent is null || member.GetKind() != MemberReferenceKind.Method)
            {
                continue;
            }

            var name = reader.GetString(member.Name);
            var parameters = member.DecodeMethodSignature(types, null).ParameterTypes;
            var id = parent + "." + (name == ".ctor" ? "#ctor" : name);
            ids.Add("M:" + id + (parameters.IsEmpty ? string.Empty : "(" + string.Join(",", parameters) + ")"));
            if (parameters.IsEmpty && (name.StartsWith("get_", StringComparison.Ordinal) || name.StartsWith("set_", StringComparison.Ordinal)))
            {
                ids.Add("P:" + parent + "." + name.Substring(4));
            }
        }

        return ids;
    }

    /// <summary>Types as documentation ids name them: "System.String", "System.Object[]", "List{System.String}".</summary>
    private sealed class DocIdTypes : ISignatureTypeProvider<string, object?>
    {
        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => "System." + typeCode switch
        {
            PrimitiveTypeCode.IntPtr => "IntPtr",
            PrimitiveTypeCode.UIntPtr => "UIntPtr",
            _ => typeCode.ToString(),
        };

        public string GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var type = metadata.GetTypeReference(handle);
            var name = metadata.GetString(type.Name);
            return type.ResolutionScope.Kind == HandleKind.TypeReference
                ? GetTypeFromReference(metadata, (TypeReferenceHandle)type.ResolutionScope, rawTypeKind) + "." + name
                : Qualified(metadata.GetString(type.Namespace), name);
        }

        public string GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            var type = metadata.GetTypeDefinition(handle);
            var name = metadata.GetString(type.Name);
            return type.GetDeclaringType() is { IsNil: false } declaring
                ? GetTypeFromDefinition(metadata, declaring, rawTypeKind) + "." + name
                : Qualified(metadata.GetString(type.Namespace), name);
        }

        public string GetTypeFromSpecification(MetadataReader metadata, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            metadata.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";

        public string GetByReferenceType(string elementType) => elementType + "@";

        public string GetPointerType(string elementType) => elementType + "*";

        public string GetPinnedType(string elementType) => elementType;

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments)
        {
            var tick = genericType.IndexOf('`', StringComparison.Ordinal);
            return (tick < 0 ? genericType : genericType.Substring(0, tick)) + "{" + string.Join(",", typeArguments) + "}";
        }

        public string GetGenericTypeParameter(object? genericContext, int index) => "`" + index;

        public string GetGenericMethodParameter(object? genericContext, int index) => "``" + index;

        public string GetFunctionPointerType(MethodSignature<string> signature) => "=FUNC";

        private static string Qualified(string @namespace, string name) => @namespace.Length == 0 ? name : @namespace + "." + name;
    }
}
