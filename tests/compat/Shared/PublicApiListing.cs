using System.Reflection;
using System.Runtime.CompilerServices;

namespace Cake.Compat.Testing;

/// <summary>
/// An assembly's public API as text, one line per type and per member, in a form a reader can also write by hand
/// from C# source: what a caller can see and depend on (visibility, static/abstract/virtual/sealed, base types,
/// constraints, attribute usage, parameter names and defaults). Nullability annotations are left out: the official
/// packages are built without them.
/// </summary>
internal static class PublicApiListing
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static IReadOnlyList<string> For(Assembly assembly) =>
        [.. assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal).SelectMany(Describe)];

    private static IEnumerable<string> Describe(Type type)
    {
        var name = Name(type);
        if (type.GetCustomAttribute<AttributeUsageAttribute>(inherit: false) is { } usage)
        {
            yield return $"{name}: [AttributeUsage({usage.ValidOn}, AllowMultiple = {Bool(usage.AllowMultiple)}, Inherited = {Bool(usage.Inherited)})]";
        }

        yield return $"{name}: {TypeHeader(type)}";
        foreach (var member in type.GetMembers(Declared).Select(Member).OfType<string>().Order(StringComparer.Ordinal))
        {
            yield return $"{name}: {member}";
        }
    }

    private static string TypeHeader(Type type)
    {
        var kind = type switch
        {
            { IsInterface: true } => "interface",
            { IsEnum: true } => "enum",
            { IsValueType: true } => "struct",
            _ when typeof(Delegate).IsAssignableFrom(type) => "delegate",
            { IsAbstract: true, IsSealed: true } => "static class",
            { IsAbstract: true } => "abstract class",
            { IsSealed: true } => "sealed class",
            _ => "class",
        };
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum))
        {
            bases.Add(Name(baseType));
        }

        bases.AddRange(DeclaredInterfaces(type).Select(Name).Order(StringComparer.Ordinal));
        var header = $"public {kind} {Name(type)}";
        if (bases.Count > 0)
        {
            header += " : " + string.Join(", ", bases);
        }

        return header + Constraints(type.IsGenericTypeDefinition ? type.GetGenericArguments() : []);
    }

    // The interfaces the source names: not those the base type brings, nor those another listed interface implies.
    private static IEnumerable<Type> DeclaredInterfaces(Type type)
    {
        var inherited = type.BaseType?.GetInterfaces() ?? [];
        var own = type.GetInterfaces().Where(i => i.IsVisible && !inherited.Contains(i)).ToList();
        return own.Where(i => !own.Any(other => other != i && other.GetInterfaces().Contains(i)));
    }

    private static string? Member(MemberInfo member) => member switch
    {
        ConstructorInfo c when Visible(c) && !c.IsStatic => $"{Access(c)} {Name(c.DeclaringType!).Split('<')[0].Split('.')[^1]}({Parameters(c)})",
        MethodInfo m when Visible(m) && !m.IsSpecialName => Method(m),
        PropertyInfo p => Property(p),
        FieldInfo f when Visible(f) && !f.IsSpecialName => $"{Access(f)} {(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{(f.IsInitOnly ? "readonly " : string.Empty)}{Name(f.FieldType)} {f.Name}",
        EventInfo e when e.AddMethod is { } add && Visible(add) => $"{Access(add)} {Modifiers(add)}event {Name(e.EventHandlerType!)} {e.Name}",
        _ => null,
    };

    private static string Method(MethodInfo method)
    {
        var generic = method.IsGenericMethodDefinition
            ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">"
            : string.Empty;
        var constraints = Constraints(method.IsGenericMethodDefinition ? method.GetGenericArguments() : []);
        return $"{Access(method)} {Modifiers(method)}{Name(method.ReturnType)} {method.Name}{generic}({Parameters(method)}){constraints}";
    }

    private static string? Property(PropertyInfo property)
    {
        var accessors = new[] { (Name: "get", Method: property.GetMethod), (Name: "set", Method: property.SetMethod) }
            .Where(a => a.Method is not null && Visible(a.Method))
            .ToList();
        if (accessors.Count == 0)
        {
            return null;
        }

        var first = accessors[0].Method!;
        var init = property.SetMethod?.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) == true;
        var body = string.Join(" ", accessors.Select(a =>
            (a.Method!.IsFamily && !first.IsFamily ? "protected " : string.Empty) +
            (a.Name == "set" && init ? "init" : a.Name) + ";"));
        var indexer = property.GetIndexParameters();
        var name = indexer.Length > 0 ? $"this[{string.Join(", ", indexer.Select(Parameter))}]" : property.Name;
        return $"{Access(first)} {Modifiers(first)}{Name(property.PropertyType)} {name} {{ {body} }}";
    }

    private static bool Visible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static bool Visible(FieldInfo field) => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly;

    private static string Access(MethodBase method) => method.IsPublic ? "public" : "protected";

    private static string Access(FieldInfo field) => field.IsPublic ? "public" : "protected";

    private static string Modifiers(MethodInfo method)
    {
        if (method.IsStatic)
        {
            return "static ";
        }

        if (method.DeclaringType!.IsInterface)
        {
            return method.IsAbstract ? string.Empty : "default ";
        }

        if (method.IsAbstract)
        {
            return "abstract ";
        }

        var overrides = method.GetBaseDefinition() != method;
        return (overrides, method.IsFinal, method.IsVirtual) switch
        {
            (true, true, _) => "sealed override ",
            (true, false, _) => "override ",
            (false, false, true) => "virtual ",
            _ => string.Empty,
        };
    }

    private static string Parameters(MethodBase method)
    {
        var parameters = method.GetParameters().Select(Parameter).ToList();
        if (method.IsDefined(typeof(ExtensionAttribute), inherit: false) && parameters.Count > 0)
        {
            parameters[0] = "this " + parameters[0];
        }

        return string.Join(", ", parameters);
    }

    private static string Parameter(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        var prefix = parameter.IsDefined(typeof(ParamArrayAttribute), inherit: false) ? "params "
            : type.IsByRef && parameter.IsOut ? "out "
            : type.IsByRef && parameter.IsIn ? "in "
            : type.IsByRef ? "ref "
            : string.Empty;
        var text = $"{prefix}{Name(type.IsByRef ? type.GetElementType()! : type)} {parameter.Name}";
        if (parameter.HasDefaultValue)
        {
            text += " = " + parameter.DefaultValue switch
            {
                null => "null",
                string s => $"\"{s}\"",
                bool b => Bool(b),
                var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture),
            };
        }

        return text;
    }

    private static string Constraints(Type[] arguments)
    {
        var clauses = arguments
            .Select(a => (a.Name, Constraints: ConstraintList(a)))
            .Where(c => c.Constraints.Count > 0)
            .Select(c => $" where {c.Name} : {string.Join(", ", c.Constraints)}");
        return string.Concat(clauses);
    }

    private static List<string> ConstraintList(Type argument)
    {
        var attributes = argument.GenericParameterAttributes;
        var list = new List<string>();
        if (attributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
        {
            list.Add("class");
        }

        if (attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
        {
            list.Add("struct");
        }

        list.AddRange(argument.GetGenericParameterConstraints().Where(c => c != typeof(ValueType)).Select(Name).Order(StringComparer.Ordinal));
        if (attributes.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint) &&
            !attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
        {
            list.Add("new()");
        }

        return list;
    }

    private static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        var keyword = Keyword(type);
        if (keyword is not null)
        {
            return keyword;
        }

        var name = (type.IsNested ? Name(type.DeclaringType!) + "." : type.Namespace + ".") + type.Name.Split('`')[0];
        if (type.IsGenericType)
        {
            var own = type.GetGenericArguments().Skip(type.IsNested ? type.DeclaringType!.GetGenericArguments().Length : 0);
            name += "<" + string.Join(", ", own.Select(Name)) + ">";
        }

        return name;
    }

    // An enum's type code is its underlying type's, so enums are named, never given a keyword.
    private static string? Keyword(Type type) => type.IsEnum ? null : Type.GetTypeCode(type) switch
    {
        TypeCode.Boolean => "bool",
        TypeCode.Int32 => "int",
        TypeCode.Int64 => "long",
        TypeCode.UInt16 => "ushort",
        TypeCode.UInt64 => "ulong",
        TypeCode.Double => "double",
        TypeCode.String => "string",
        _ when type == typeof(void) => "void",
        _ when type == typeof(object) => "object",
        _ => null,
    };

    private static string Bool(bool value) => value ? "true" : "false";
}
