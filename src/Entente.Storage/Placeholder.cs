namespace Entente.Storage;
