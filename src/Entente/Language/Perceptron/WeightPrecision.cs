namespace Entente.Language.Perceptron;

/// <summary>How weights are stored in a model file.</summary>
public enum WeightPrecision
{
    /// <summary>IEEE half precision (2 bytes): about three significant digits, ample for averaged weights.</summary>
    Half = 0,

    /// <summary>IEEE single precision (4 bytes): exact round trip of the trained weights.</summary>
    Single = 1,
}
