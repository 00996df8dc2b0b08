// resources.cpp — the icon and translations are compiled into the static
// goschedlab_ui library; a static library's resources must be registered
// explicitly (Q_INIT_RESOURCE, outside any namespace).
#include <QtGlobal>

void gslInitUiResources()
{
    Q_INIT_RESOURCE(goschedlab);
}
