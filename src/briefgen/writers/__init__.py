"""Writers render a resolved Document; they never decide citation form."""
