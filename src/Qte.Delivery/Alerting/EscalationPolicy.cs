namespace Qte.Delivery.Alerting;

/// <summary>immediate: every channel at the first breach; stepped: the first channel, then each next one after more consecutive breaches or minutes.</summary>
public enum EscalationPolicy
{
    Immediate,
    Stepped,
}
