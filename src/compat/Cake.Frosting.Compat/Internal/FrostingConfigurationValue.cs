namespace Cake.Frosting.Internal;

/// <summary>
/// A Cake setting given in code with UseCakeSetting.
/// </summary>
internal sealed record FrostingConfigurationValue(string Key, string Value);
