namespace Qte.Delivery.LoadTesting;

/// <summary>How the load engine sends: at a constant arrival rate (k6's constant-arrival-rate, wrk2) or as N connections each waiting for its answer (wrk, k6's constant-vus).</summary>
public enum LoadModel
{
    Open,
    Closed,
}
