public enum JSONLDPlaceholder {}
