public enum RDFXMLPlaceholder {}
