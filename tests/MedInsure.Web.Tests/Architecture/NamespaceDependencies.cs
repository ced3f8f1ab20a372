using System.Reflection;
using System.Reflection.Emit;

namespace MedInsure.Web.Tests.Architecture;

/// <summary>
/// Which namespaces of an assembly use which, read from the compiled code: every type's base type,
/// interfaces, attributes, fields, properties, method signatures and locals, and every type, method
/// and field its method bodies name (the IL's metadata tokens), so a call written deep inside a method
/// counts as much as a field's type. Nested and compiler-generated types (closures, iterators) count for
/// the type they belong to. Razor views count for the folder of their .cshtml file, as the pages there do.
/// </summary>
public sealed class NamespaceDependencies
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private readonly Assembly _assembly;
    private readonly string _root;
    private readonly Dictionary<Type, string> _viewFolders;

    /// <summary>namespace → namespace it uses → one use, "Type → Type", to say where.</summary>
    public Dictionary<string, Dictionary<string, string>> Uses { get; } = new(StringComparer.Ordinal);

    public NamespaceDependencies(Assembly assembly, string root)
    {
        _assembly = assembly;
        _root = root;
        _viewFolders = ViewFolders(assembly, root);
        foreach (var type in assembly.GetTypes())
        {
            if (NamespaceOf(type) is not { } from)
                continue;
            Uses.TryAdd(from, new Dictionary<string, string>(StringComparer.Ordinal));
            foreach (var used in TypesUsedBy(type))
            {
                if (NamespaceOf(used) is { } to && to != from)
                    Uses[from].TryAdd(to, $"{Name(type)} → {Name(used)}");
            }
        }
    }

    /// <summary>Groups of namespaces that use one another in a circle (strongly connected components of two or more).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = 0;
        var indices = new Dictionary<string, int>();
        var lowLinks = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var cycles = new List<IReadOnlyList<string>>();

        void Visit(string node)
        {
            indices[node] = lowLinks[node] = index++;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in Uses.GetValueOrDefault(node)?.Keys ?? Enumerable.Empty<string>())
            {
                if (!indices.ContainsKey(next))
                {
                    Visit(next);
                    lowLinks[node] = Math.Min(lowLinks[node], lowLinks[next]);
                }
                else if (onStack.Contains(next))
                {
                    lowLinks[node] = Math.Min(lowLinks[node], indices[next]);
                }
            }
            if (lowLinks[node] != indices[node])
                return;
            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            }
            while (member != node);
            if (component.Count > 1)
                cycles.Add([.. component.Order(StringComparer.Ordinal)]);
        }

        foreach (var node in Uses.Keys.Order(StringComparer.Ordinal))
        {
            if (!indices.ContainsKey(node))
                Visit(node);
        }
        return cycles;
    }

    /// <summary>The uses inside one cycle, to say which types make it.</summary>
    public IEnumerable<string> UsesWithin(IReadOnlyCollection<string> cycle) =>
        cycle.SelectMany(from => Uses[from].Where(u => cycle.Contains(u.Key)).Select(u => $"{from} → {u.Key} ({u.Value})"));

    /// <summary>The namespace a type of this assembly counts for, or null for types outside the root (other assemblies, the global namespace).</summary>
    private string? NamespaceOf(Type type)
    {
        if (type.Assembly != _assembly)
            return null;
        while (type.DeclaringType is { } outer)
            type = outer;
        var ns = _viewFolders.TryGetValue(type, out var folder) ? folder : type.Namespace;
        return ns is not null && (ns == _root || ns.StartsWith(_root + ".", StringComparison.Ordinal)) ? ns : null;
    }

    /// <summary>A compiled view's class → the namespace of its file's folder (/Pages/Staff/Case.cshtml → Root.Pages.Staff).</summary>
    private static Dictionary<Type, string> ViewFolders(Assembly assembly, string root)
    {
        var folders = new Dictionary<Type, string>();
        foreach (var attribute in assembly.GetCustomAttributesData().Where(a => a.AttributeType.Name == "RazorCompiledItemAttribute"))
        {
            if (attribute.ConstructorArguments is [{ Value: Type view }, _, { Value: string path }])
            {
                var folder = Path.GetDirectoryName(path)!.Replace('\\', '/').Trim('/').Replace('/', '.');
                folders[view] = folder.Length == 0 ? root : $"{root}.{folder}";
            }
        }
        return folders;
    }

    private IEnumerable<Type> TypesUsedBy(Type type)
    {
        var used = new List<Type>();
        if (type.BaseType is { } baseType)
            used.Add(baseType);
        used.AddRange(type.GetInterfaces());
        used.AddRange(AttributeTypes(type.GetCustomAttributesData()));
        foreach (var field in type.GetFields(Declared))
        {
            used.Add(field.FieldType);
            used.AddRange(AttributeTypes(field.GetCustomAttributesData()));
        }
        foreach (var property in type.GetProperties(Declared))
        {
            used.Add(property.PropertyType);
            used.AddRange(AttributeTypes(property.GetCustomAttributesData()));
        }
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
                used.Add(info.ReturnType);
            used.AddRange(AttributeTypes(method.GetCustomAttributesData()));
            foreach (var parameter in method.GetParameters())
            {
                used.Add(parameter.ParameterType);
                used.AddRange(AttributeTypes(parameter.GetCustomAttributesData()));
            }
            used.AddRange(TypesInBody(type, method));
        }
        return used.SelectMany(Expand);
    }

    private static IEnumerable<Type> AttributeTypes(IEnumerable<CustomAttributeData> attributes) =>
        attributes.SelectMany(a => a.ConstructorArguments.Concat(a.NamedArguments.Select(n => n.TypedValue))
            .Select(v => v.Value).OfType<Type>().Prepend(a.AttributeType));

    /// <summary>Every type, field and method the body's instructions name, with the types they belong to.</summary>
    private IEnumerable<Type> TypesInBody(Type type, MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
            return [];
        var used = body.LocalVariables.Select(l => l.LocalType).ToList();
        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = type.IsGenericType ? type.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at++];
            if (value == 0xFE)
                value = (short)(0xFE00 | il[at++]);
            var opCode = OpCodesByValue[value];
            switch (opCode.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok:
                    if (Resolve(method.Module, BitConverter.ToInt32(il, at), typeArguments, methodArguments) is { } member)
                        used.AddRange(TypesOf(member));
                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + 4 * BitConverter.ToInt32(il, at);
                    break;
                default:
                    at += OperandSize(opCode.OperandType);
                    break;
            }
        }
        return used;
    }

    private static MemberInfo? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static IEnumerable<Type> TypesOf(MemberInfo member)
    {
        switch (member)
        {
            case Type type:
                yield return type;
                break;
            case FieldInfo field:
                yield return field.DeclaringType!;
                yield return field.FieldType;
                break;
            case MethodBase method:
                if (method.DeclaringType is { } declaring)
                    yield return declaring;
                if (method is MethodInfo info)
                {
                    yield return info.ReturnType;
                    foreach (var argument in info.IsGenericMethod ? info.GetGenericArguments() : [])
                        yield return argument;
                }
                foreach (var parameter in method.GetParameters())
                    yield return parameter.ParameterType;
                break;
        }
    }

    private static int OperandSize(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };

    /// <summary>A type and the types it is made of: an array's element, a generic type's definition and arguments.</summary>
    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.IsGenericParameter)
            yield break;
        if (type.HasElementType)
        {
            foreach (var element in Expand(type.GetElementType()!))
                yield return element;
            yield break;
        }
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            yield return type.GetGenericTypeDefinition();
            foreach (var argument in type.GetGenericArguments().SelectMany(Expand))
                yield return argument;
            yield break;
        }
        yield return type;
    }

    private static string Name(Type type)
    {
        while (type.DeclaringType is { } outer)
            type = outer;
        return type.FullName ?? type.Name;
    }
}
